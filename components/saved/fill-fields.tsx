import type { KeyboardEvent } from 'react';
import { Field } from '@/components/field';
import type { Need, Values } from '@/utils/saved/template';
import { t } from '@/utils/i18n/i18n';

interface Props {
  needs: readonly Need[];
  values: Values;
  onChange: (key: string, value: string) => void;
  /** Enter in a field: on to the next empty one, or insert when none is left. */
  onEnter: (key: string) => void;
}

/** The name of a field's input, so the panel can focus it. */
export const fieldName = (key: string): string => `fill-${key}`;

/**
 * What a saved reply still needs before it goes in: its fill-in fields ({field:order number}), and the
 * variables the page did not show ({first_name} on a post without a name). Nothing is guessed.
 */
export function FillFields({ needs, values, onChange, onEnter }: Props) {
  if (needs.length === 0) return null;
  const onKey = (key: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter(key);
  };
  return (
    <fieldset className="fill-fields">
      <legend>{t('saved.fillIn')}</legend>
      {needs.map((need) => (
        <Field
          key={need.key}
          label={need.kind === 'field' ? need.label : t('saved.variableLabel', [`{${need.label}}`])}
          hint={need.kind === 'variable' ? t('saved.variableHint') : undefined}
        >
          {(props) => (
            <input
              {...props}
              name={fieldName(need.key)}
              value={values[need.key] ?? ''}
              maxLength={200}
              onChange={(event) => onChange(need.key, event.target.value)}
              onKeyDown={onKey(need.key)}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}
