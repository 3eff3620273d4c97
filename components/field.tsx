import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface Props {
  label: string;
  hint?: ReactNode;
  error?: string;
  narrow?: boolean;
  children: (props: FieldControlProps) => ReactNode;
}

/**
 * A labelled control whose hint and error sit outside the label, linked with aria-describedby, so the
 * control's accessible name is exactly its label ("API key", not "API key Create a key at…").
 */
export function Field({ label, hint, error, narrow, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${narrow ? ' field-narrow' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
