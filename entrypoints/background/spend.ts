import { userError, type UserError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { getDb } from '@/utils/storage/db';
import { dayOf } from '@/utils/storage/usage';
import type { ProviderSettings } from '@/utils/storage/settings';

/**
 * The daily spend cap (Settings → Model): every request to a priced model checks it. A run whose
 * estimate would go over it is refused before it starts; once the day's spend has reached it, nothing
 * more goes out until tomorrow or until the manager raises it. Costs are the meter's estimates
 * (utils/storage/usage.ts); models without a known price are not counted.
 */
export async function spentToday(now = new Date()): Promise<number> {
  const rows = await getDb().usage.where('day').equals(dayOf(now)).toArray();
  return rows.reduce((sum, row) => sum + (row.costUsd ?? 0), 0);
}

/** Whether a run estimated at `estimateUsd` may start under the cap. */
export function overCap(spent: number, estimateUsd: number | undefined, cap: number | undefined): boolean {
  if (cap === undefined) return false;
  return (estimateUsd ?? 0) > 0 ? spent + estimateUsd! > cap : spent >= cap;
}

export const money = (usd: number): string =>
  usd === 0 ? '$0' : usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;

export const spendCapError = (spent: number, cap: number, estimateUsd?: number): UserError =>
  userError(
    'spend-cap',
    t('errors.spendCap.title'),
    estimateUsd
      ? t('errors.spendCap.detailRun', [money(estimateUsd), money(spent), money(cap)])
      : t('errors.spendCap.detail', [money(spent), money(cap)]),
    'open-settings',
  );

/** The cap's refusal for a request now, or undefined when it may go. */
export async function capRefusal(
  settings: Pick<ProviderSettings, 'dailySpendCapUsd'>,
  estimateUsd?: number,
): Promise<UserError | undefined> {
  const cap = settings.dailySpendCapUsd;
  if (cap === undefined) return undefined;
  const spent = await spentToday();
  return overCap(spent, estimateUsd, cap) ? spendCapError(spent, cap, estimateUsd) : undefined;
}
