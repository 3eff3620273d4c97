import { useId, type ReactNode } from 'react';

/** Form fields that show their validation message on themselves, linked for screen readers. */
interface Base {
  label: string;
  error?: string;
  hint?: ReactNode;
}

function Message({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && <span className="field-hint">{hint}</span>}
      {error && (
        <span id={id} className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  ...rest
}: Base & { value: string; onChange: (v: string) => void; placeholder?: string; maxLength?: number }) {
  const id = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <input
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? id : undefined}
        {...rest}
      />
      <Message id={id} error={error} hint={hint} />
    </label>
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
  const id = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <textarea
        rows={rows}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? id : undefined}
      />
      <Message id={id} error={error} hint={hint} />
    </label>
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
      hint={hint ?? 'One per line.'}
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
    <label className="field dial">
      <span>{label}</span>
      <span className="dial-row">
        <span className="dial-end">{low}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={value}
          onChange={(e) => onChange(Number(e.target.value))}
          aria-valuetext={`${value} of 100, ${low} to ${high}`}
        />
        <span className="dial-end">{high}</span>
      </span>
    </label>
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
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
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
  const id = useId();
  return (
    <label className="field field-narrow">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        value={Number.isFinite(value) ? value : ''}
        onChange={(e) => onChange(e.target.valueAsNumber)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? id : undefined}
      />
      <Message id={id} error={error} />
    </label>
  );
}
