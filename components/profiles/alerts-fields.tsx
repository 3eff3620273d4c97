import type { BrandProfile } from '@/utils/brand/profile';
import { t } from '@/utils/i18n/i18n';
import { NumberField } from './fields';

interface Props {
  alerts: BrandProfile['alerts'];
  errors: Record<string, string>;
  onChange: (alerts: BrandProfile['alerts']) => void;
}

const toPercent = (share: number): number => Math.round(share * 100);
const toShare = (percent: number): number => (Number.isFinite(percent) ? percent / 100 : Number.NaN);

/** When the comment queue raises its spike alert for this brand: shares of a thread's comments, in percent. */
export function AlertsFields({ alerts, errors, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('editor.alerts')}</legend>
      <p className="hint">{t('editor.alertsHint')}</p>
      <div className="row">
        <NumberField
          label={t('editor.alertNegative')}
          value={toPercent(alerts.negativeShare)}
          min={5}
          max={100}
          onChange={(v) => onChange({ ...alerts, negativeShare: toShare(v) })}
          error={errors['alerts.negativeShare']}
        />
        <NumberField
          label={t('editor.alertTopic')}
          value={toPercent(alerts.topicShare)}
          min={5}
          max={100}
          onChange={(v) => onChange({ ...alerts, topicShare: toShare(v) })}
          error={errors['alerts.topicShare']}
        />
        <NumberField
          label={t('editor.alertMinimum')}
          value={alerts.minComments}
          min={1}
          max={1000}
          onChange={(v) => onChange({ ...alerts, minComments: v })}
          error={errors['alerts.minComments']}
        />
      </div>
    </fieldset>
  );
}
