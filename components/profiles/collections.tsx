import type { Binding, Example, Fact } from '@/utils/brand/profile';
import { TextArea, TextField } from './fields';
import { t } from '@/utils/i18n/i18n';

type Errors = Record<string, string>;

/** Facts and Q&A the brand stands behind. Pinned ones always go in the prompt; others only when relevant. */
export function KnowledgeEditor({
  value,
  onChange,
  errors,
}: {
  value: Fact[];
  onChange: (v: Fact[]) => void;
  errors: Errors;
}) {
  const update = (i: number, patch: Partial<Fact>) =>
    onChange(value.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="collection">
      <legend>{t('knowledge.legend')}</legend>
      <p className="hint">{t('knowledge.hint')}</p>
      {value.map((fact, i) => (
        <div className="collection-item" key={fact.id}>
          <TextField
            label={t('knowledge.topic', [i + 1])}
            value={fact.topic}
            onChange={(topic) => update(i, { topic })}
            error={errors[`knowledge.${i}.topic`]}
            placeholder={t('knowledge.topicExample')}
          />
          <TextArea
            label={t('knowledge.answer', [i + 1])}
            rows={2}
            value={fact.answer}
            onChange={(answer) => update(i, { answer })}
            error={errors[`knowledge.${i}.answer`]}
          />
          <div className="row">
            <label className="check">
              <input
                type="checkbox"
                checked={fact.pinned}
                onChange={(e) => update(i, { pinned: e.target.checked })}
              />{' '}
              {t('knowledge.pinned')}
            </label>
            <button
              type="button"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              aria-label={t('knowledge.remove', [i + 1])}
            >
              {t('common.remove')}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...value, { id: crypto.randomUUID(), topic: '', answer: '', pinned: false }])
        }
      >
        {t('knowledge.add')}
      </button>
    </fieldset>
  );
}

/** Comment → ideal reply pairs, used as few-shot examples (the ones most like the comment answered go first). */
export function ExamplesEditor({
  value,
  onChange,
  errors,
}: {
  value: Example[];
  onChange: (v: Example[]) => void;
  errors: Errors;
}) {
  const update = (i: number, patch: Partial<Example>) =>
    onChange(value.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <fieldset className="collection">
      <legend>{t('examples.legend')}</legend>
      {value.map((example, i) => (
        <div className="collection-item" key={example.id}>
          <TextArea
            label={t('examples.comment', [i + 1])}
            rows={2}
            value={example.comment}
            onChange={(comment) => update(i, { comment })}
            error={errors[`examples.${i}.comment`]}
          />
          <TextArea
            label={t('examples.reply', [i + 1])}
            rows={2}
            value={example.reply}
            onChange={(reply) => update(i, { reply })}
            error={errors[`examples.${i}.reply`]}
          />
          {example.source && (
            // Learnt from one of the brand's own posts ("Learn our voice"): where and when it was published.
            <p className="field-hint">
              <a href={example.source.url} target="_blank" rel="noreferrer noopener">
                {example.source.date ? t('voice.sourceDated', [example.source.date]) : t('voice.source')}
              </a>
            </p>
          )}
          <button
            type="button"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            aria-label={t('examples.remove', [i + 1])}
          >
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...value, { id: crypto.randomUUID(), comment: '', reply: '' }])}
      >
        {t('examples.add')}
      </button>
    </fieldset>
  );
}

/** The accounts this profile speaks for: replying as one of them picks the profile automatically. */
export function BindingsEditor({
  value,
  onChange,
  errors,
}: {
  value: Binding[];
  onChange: (v: Binding[]) => void;
  errors: Errors;
}) {
  const update = (i: number, patch: Partial<Binding>) =>
    onChange(value.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <fieldset className="collection">
      <legend>{t('bindings.legend')}</legend>
      <p className="hint">{t('bindings.hint')}</p>
      {value.map((binding, i) => (
        <div className="row collection-item" key={i}>
          <label className="field field-narrow">
            <span>{t('bindings.platform', [i + 1])}</span>
            <select
              value={binding.platform}
              onChange={(e) => update(i, { platform: e.target.value as Binding['platform'] })}
            >
              <option value="x">X</option>
              <option value="linkedin">LinkedIn</option>
              <option value="web">{t('bindings.website')}</option>
            </select>
          </label>
          <TextField
            label={t('bindings.account', [i + 1])}
            value={binding.account}
            onChange={(account) => update(i, { account })}
            error={errors[`bindings.${i}.account`]}
            placeholder={
              binding.platform === 'x'
                ? t('bindings.handle')
                : binding.platform === 'web'
                  ? t('bindings.site')
                  : t('bindings.pageOrPerson')
            }
          />
          <button
            type="button"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            aria-label={t('bindings.remove', [i + 1])}
          >
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { platform: 'x', account: '' }])}>
        {t('bindings.add')}
      </button>
    </fieldset>
  );
}
