import { useEffect, useState } from 'react';
import type { BrandProfile } from '@/utils/brand/profile';
import {
  deleteProfile,
  duplicateProfile,
  restoreProfile,
  saveProfile,
  setDefaultProfile,
  type DeletedProfile,
} from '@/utils/brand/store';
import { fromTemplate, TEMPLATES, type ProfileTemplate } from '@/utils/brand/templates';
import { blankProfile } from '@/utils/brand/profile';
import { useProfiles } from '../hooks/use-profiles';
import { Candidates } from './candidates';
import { ProfileBadge } from './profile-badge';
import { ProfileEditor } from './profile-editor';
import { exportToFile, TransferButtons } from './transfer-buttons';

const UNDO_MS = 10_000;

/** All brand profiles: create from a template, edit, duplicate, delete with undo, default, import/export. */
export function ProfilesSection() {
  const { profiles, defaultId } = useProfiles();
  const [editing, setEditing] = useState<BrandProfile | null>(null);
  const [deleted, setDeleted] = useState<DeletedProfile | null>(null);
  const [template, setTemplate] = useState<ProfileTemplate['id'] | 'blank'>('cafe');

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const create = (): void => setEditing(template === 'blank' ? blankProfile() : fromTemplate(template));
  const remove = async (profile: BrandProfile): Promise<void> => {
    if (editing?.id === profile.id) setEditing(null);
    setDeleted((await deleteProfile(profile.id)) ?? null);
  };

  return (
    <section className="card" aria-labelledby="profiles-title">
      <h2 id="profiles-title">Brand profiles</h2>
      <p className="hint">
        Each brand you speak for: its voice, rules, facts and example replies. Stored in this browser only.
      </p>
      {profiles?.length === 0 && (
        <p className="hint">No profile yet: replies use a neutral, friendly voice. Start from a template.</p>
      )}
      <ul className="profile-list">
        {profiles?.map((p) => (
          <li key={p.id}>
            <ProfileBadge profile={p} />
            <strong>{p.name}</strong>
            {p.id === defaultId && <span className="badge">default</span>}
            <span className="spacer" />
            <button type="button" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
              Edit
            </button>
            <button
              type="button"
              onClick={() => void duplicateProfile(p.id)}
              aria-label={`Duplicate ${p.name}`}
            >
              Duplicate
            </button>
            <button type="button" onClick={() => exportToFile([p])} aria-label={`Export ${p.name}`}>
              Export
            </button>
            {p.id !== defaultId && (
              <button
                type="button"
                onClick={() => void setDefaultProfile(p.id)}
                aria-label={`Make ${p.name} the default`}
              >
                Make default
              </button>
            )}
            <button
              type="button"
              className="danger"
              onClick={() => void remove(p)}
              aria-label={`Delete ${p.name}`}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {deleted && (
        <div className="toast" role="status">
          Deleted “{deleted.profile.name}”.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void restoreProfile(deleted).then(() => setDeleted(null))}
          >
            Undo
          </button>
        </div>
      )}
      <div className="row">
        <label className="field field-narrow">
          <span>Start from</span>
          <select value={template} onChange={(e) => setTemplate(e.target.value as typeof template)}>
            {TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
            <option value="blank">Blank profile</option>
          </select>
        </label>
        <button type="button" onClick={create}>
          New profile
        </button>
      </div>
      {profiles && <TransferButtons profiles={profiles} hasDefault={Boolean(defaultId)} />}
      {editing && (
        <>
          <h3>{profiles?.some((p) => p.id === editing.id) ? `Editing ${editing.name}` : 'New profile'}</h3>
          <ProfileEditor
            key={editing.id}
            initial={editing}
            onSave={async (profile) => {
              await saveProfile(profile);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
          <Candidates profileId={editing.id} />
        </>
      )}
    </section>
  );
}
