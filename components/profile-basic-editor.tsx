import { useState, type FormEvent } from 'react';
import { BrandProfileSchema, type BrandProfile } from '@/utils/brand/profile';
import { useProfiles } from './hooks/use-profiles';

type Fields = Pick<BrandProfile, 'name' | 'voice'>;

/** Name and voice of each brand; enough for the reply loop. */
export function ProfileBasicEditor() {
  const { profiles, defaultId, create, update, setDefault } = useProfiles();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [fields, setFields] = useState<Fields>({ name: '', voice: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});

  const start = (profile?: BrandProfile): void => {
    setEditing(profile?.id ?? 'new');
    setFields({ name: profile?.name ?? '', voice: profile?.voice ?? '' });
    setErrors({});
  };

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const check = BrandProfileSchema.pick({ name: true, voice: true }).safeParse(fields);
    if (!check.success) {
      setErrors(Object.fromEntries(check.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    const existing = profiles?.find((p) => p.id === editing);
    if (existing) await update({ ...existing, ...check.data });
    else await create(check.data);
    setEditing(null);
  };

  return (
    <section className="card" aria-labelledby="profiles-title">
      <h2 id="profiles-title">Brand profiles</h2>
      {profiles?.length === 0 && (
        <p className="hint">No profile yet: replies use a neutral, friendly voice.</p>
      )}
      <ul className="profile-list">
        {profiles?.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>
            {p.id === defaultId && <span className="badge">default</span>}
            <button type="button" onClick={() => start(p)} aria-label={`Edit ${p.name}`}>
              Edit
            </button>
            {p.id !== defaultId && (
              <button
                type="button"
                onClick={() => void setDefault(p.id)}
                aria-label={`Make ${p.name} the default`}
              >
                Make default
              </button>
            )}
          </li>
        ))}
      </ul>
      {editing === null ? (
        <button type="button" onClick={() => start()}>
          New profile
        </button>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)}>
          <label className="field">
            <span>Profile name</span>
            <input
              value={fields.name}
              onChange={(e) => setFields({ ...fields, name: e.target.value })}
              aria-invalid={Boolean(errors.name)}
              aria-describedby={errors.name ? 'name-error' : undefined}
            />
            {errors.name && (
              <span id="name-error" className="field-error">
                {errors.name}
              </span>
            )}
          </label>
          <label className="field">
            <span>Voice</span>
            <textarea
              rows={3}
              value={fields.voice}
              onChange={(e) => setFields({ ...fields, voice: e.target.value })}
              placeholder="Warm and witty, short sentences, speaks as “we”."
              aria-invalid={Boolean(errors.voice)}
            />
            {errors.voice && <span className="field-error">{errors.voice}</span>}
          </label>
          <div className="row">
            <button type="submit" className="primary">
              Save profile
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
