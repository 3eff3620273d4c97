import type { BrandProfile } from '@/utils/brand/profile';
import { t } from '@/utils/i18n/i18n';
import { NumberField } from './fields';

interface Props {
  memory: BrandProfile['memory'];
  errors: Record<string, string>;
  onChange: (memory: BrandProfile['memory']) => void;
}

/** Commenter memory for this brand: off by default, with what it keeps and for how long, said plainly. */
export function MemoryFields({ memory, errors, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('editor.memory')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={memory.enabled}
          onChange={(e) => onChange({ ...memory, enabled: e.target.checked })}
        />{' '}
        {t('editor.memoryOn')}
      </label>
      <p className="hint">{t('editor.memoryHint')}</p>
      <NumberField
        label={t('editor.memoryDays')}
        value={memory.retentionDays}
        min={1}
        max={365}
        onChange={(v) => onChange({ ...memory, retentionDays: v })}
        error={errors['memory.retentionDays']}
      />
    </fieldset>
  );
}
