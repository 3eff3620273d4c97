import type { TabStatus } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n/i18n';

/** One line on the LinkedIn or X tab the panel works with, including "not recognised here". */
export function TabStatusLine({ status }: { status: TabStatus | null }) {
  if (!status) return null;
  const site = status.site === 'x' ? 'X' : 'LinkedIn';
  const text = !status.site
    ? t('tabStatus.none')
    : status.unrecognised
      ? t('tabStatus.unrecognised', [site])
      : status.recognised > 0
        ? t('tabStatus.ready', status.recognised, [site, status.recognised])
        : t('tabStatus.empty', [site]);
  return (
    <p className={`tab-status${status.unrecognised ? ' tab-status-warn' : ''}`} role="status">
      {text}
    </p>
  );
}
