import { t } from '@/utils/i18n/i18n';

export interface Advanced {
  firstToken: number;
  total: number;
  price: { input: number; output: number };
  /** The daily spend cap in dollars; NaN when none. */
  cap: number;
}

/** Timeouts, the manager's own prices and the daily spend cap: rarely changed, so folded away. */
export function AdvancedFields({ value, onChange }: { value: Advanced; onChange: (next: Advanced) => void }) {
  const { firstToken, total, price, cap } = value;
  const number = (
    label: string,
    current: number,
    set: (n: number) => Advanced,
    limits: { min: number; max?: number; step?: string },
  ) => (
    <label className="field field-narrow">
      <span>{label}</span>
      <input
        type="number"
        {...limits}
        value={Number.isFinite(current) ? current : ''}
        onChange={(e) => onChange(set(e.target.valueAsNumber))}
      />
    </label>
  );
  return (
    <details className="advanced">
      <summary>{t('provider.advanced')}</summary>
      <div className="row">
        {number(t('provider.firstWords'), firstToken, (n) => ({ ...value, firstToken: n }), {
          min: 1,
          max: 120,
        })}
        {number(t('provider.wholeAnswer'), total, (n) => ({ ...value, total: n }), { min: 5, max: 240 })}
        {number(t('provider.inputPrice'), price.input, (n) => ({ ...value, price: { ...price, input: n } }), {
          min: 0,
          step: '0.01',
        })}
        {number(
          t('provider.outputPrice'),
          price.output,
          (n) => ({ ...value, price: { ...price, output: n } }),
          {
            min: 0,
            step: '0.01',
          },
        )}
      </div>
      <p className="hint">{t('provider.priceHint')}</p>
      <div className="row">
        {number(t('provider.spendCap'), cap, (n) => ({ ...value, cap: n }), { min: 0, step: '0.01' })}
      </div>
      <p className="hint">{t('provider.spendCapHint')}</p>
    </details>
  );
}
