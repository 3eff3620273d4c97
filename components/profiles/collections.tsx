import type { Binding, Example, Fact } from '@/utils/brand/profile';
import { TextArea, TextField } from './fields';

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
      <legend>Knowledge: facts and answers the brand stands behind</legend>
      <p className="hint">
        When a comment is about one of these, the drafts use it instead of inventing. Only the relevant ones
        are sent to the model; pinned ones always are.
      </p>
      {value.map((fact, i) => (
        <div className="collection-item" key={fact.id}>
          <TextField
            label={`Topic ${i + 1}`}
            value={fact.topic}
            onChange={(topic) => update(i, { topic })}
            error={errors[`knowledge.${i}.topic`]}
            placeholder="Opening hours"
          />
          <TextArea
            label={`Answer ${i + 1}`}
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
              Always include
            </label>
            <button
              type="button"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              aria-label={`Remove fact ${i + 1}`}
            >
              Remove
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
        Add a fact
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
      <legend>Example replies</legend>
      {value.map((example, i) => (
        <div className="collection-item" key={example.id}>
          <TextArea
            label={`Comment ${i + 1}`}
            rows={2}
            value={example.comment}
            onChange={(comment) => update(i, { comment })}
            error={errors[`examples.${i}.comment`]}
          />
          <TextArea
            label={`Ideal reply ${i + 1}`}
            rows={2}
            value={example.reply}
            onChange={(reply) => update(i, { reply })}
            error={errors[`examples.${i}.reply`]}
          />
          <button
            type="button"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            aria-label={`Remove example ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...value, { id: crypto.randomUUID(), comment: '', reply: '' }])}
      >
        Add an example
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
      <legend>Accounts this profile speaks for</legend>
      <p className="hint">When you reply as one of these accounts, this profile is picked automatically.</p>
      {value.map((binding, i) => (
        <div className="row collection-item" key={i}>
          <label className="field field-narrow">
            <span>Platform {i + 1}</span>
            <select
              value={binding.platform}
              onChange={(e) => update(i, { platform: e.target.value as Binding['platform'] })}
            >
              <option value="x">X</option>
              <option value="linkedin">LinkedIn</option>
            </select>
          </label>
          <TextField
            label={`Account ${i + 1}`}
            value={binding.account}
            onChange={(account) => update(i, { account })}
            error={errors[`bindings.${i}.account`]}
            placeholder={binding.platform === 'x' ? '@handle' : 'Page or person name'}
          />
          <button
            type="button"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            aria-label={`Remove account ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { platform: 'x', account: '' }])}>
        Add an account
      </button>
    </fieldset>
  );
}
