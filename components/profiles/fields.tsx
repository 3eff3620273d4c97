import type { ReactNode } from 'react';
import { Field } from '@/components/field';
import { t } from '@/utils/i18n/i18n';

/** Form fields that show their validation message on themselves, linked for screen readers. */
interface Base {
  label: string;
  error?: string;
  hint?: ReactNode;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  ...rest
}: Base & { value: string; onChange: (v: string) => void; placeholder?: string; maxLength?: number }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => <input {...props} value={value} onChange={(e) => onChange(e.target.value)} {...rest} />}
    </Field>
  );
}

export function TextArea({
  label,
  value,
  onChange,
  error,
  hint,
  rows = 3,
  placeholder,
}: Base & { value: string; onChange: (v: string) => void; rows?: number; placeholder?: string }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <textarea
          {...props}
          rows={rows}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A list edited as lines of text: one item per line. */
export function LinesField({
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
}: Base & { value: string[]; onChange: (v: string[]) => void; placeholder?: string }) {
  return (
    <TextArea
      label={label}
      value={value.join('\n')}
      onChange={(text) => onChange(text.split('\n'))}
      error={error}
      hint={hint ?? t('fields.onePerLine')}
      placeholder={placeholder}
      rows={Math.min(8, Math.max(2, value.length + 1))}
    />
  );
}

export function Dial({
  label,
  low,
  high,
  value,
  onChange,
}: {
  label: string;
  low: string;
  high: string;
  value: number;
  onChange: (v: number) => void;
}) {
  return (
    <Field label={label}>
      {(props) => (
        <span className="dial-row">
          <span className="dial-end" aria-hidden="true">
            {low}
          </span>
          <input
            {...props}
            type="range"
            min={0}
            max={100}
            step={5}
            value={value}
            onChange={(e) => onChange(Number(e.target.value))}
            aria-valuetext={t('fields.dialValue', [value, low, high])}
          />
          <span className="dial-end" aria-hidden="true">
            {high}
          </span>
        </span>
      )}
    </Field>
  );
}

export function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <Field label={label}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function NumberField({
  label,
  value,
  onChange,
  error,
  min,
  max,
}: Base & { value: number; onChange: (v: number) => void; min: number; max: number }) {
  return (
    <Field label={label} error={error} narrow>
      {(props) => (
        <input
          {...props}
          type="number"
          min={min}
          max={max}
          value={Number.isFinite(value) ? value : ''}
          onChange={(e) => onChange(e.target.valueAsNumber)}
        />
      )}
    </Field>
  );
}
