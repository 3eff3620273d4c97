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
import { fromTemplate, templateLabel, TEMPLATES, type ProfileTemplate } from '@/utils/brand/templates';
import { blankProfile } from '@/utils/brand/profile';
import { useProfiles } from '@/components/hooks/use-profiles';
import { useLibraries } from '@/components/saved/use-libraries';
import { Candidates } from './candidates';
import { ProfileBadge } from './profile-badge';
import { ProfileEditor } from './profile-editor';
import { exportToFile, TransferButtons } from './transfer-buttons';
import { t } from '@/utils/i18n/i18n';

const UNDO_MS = 10_000;

/** All brand profiles: create from a template, edit, duplicate, delete with undo, default, import/export. */
export function ProfilesSection() {
  const { profiles, defaultId } = useProfiles();
  // A team library's profiles are read-only: no Edit, no Delete; "Make my copy" instead of Duplicate.
  const { owners } = useLibraries();
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
      <h2 id="profiles-title">{t('profiles.title')}</h2>
      <p className="hint">{t('profiles.hint')}</p>
      {profiles?.length === 0 && <p className="hint">{t('profiles.none')}</p>}
      <ul className="profile-list">
        {profiles?.map((p) => (
          <li key={p.id}>
            <ProfileBadge profile={p} />
            <strong>{p.name}</strong>
            {p.id === defaultId && <span className="badge">{t('profiles.default')}</span>}
            {owners.has(p.id) && (
              <span className="saved-badge">{t('library.readOnlyBadge', [owners.get(p.id)!.name])}</span>
            )}
            <span className="spacer" />
            {!owners.has(p.id) && (
              <button
                type="button"
                onClick={() => setEditing(p)}
                aria-label={t('profiles.editLabel', [p.name])}
              >
                {t('profiles.edit')}
              </button>
            )}
            <button
              type="button"
              onClick={() => void duplicateProfile(p.id)}
              aria-label={
                owners.has(p.id) ? t('library.forkLabel', [p.name]) : t('profiles.duplicateLabel', [p.name])
              }
            >
              {owners.has(p.id) ? t('library.fork') : t('profiles.duplicate')}
            </button>
            <button
              type="button"
              onClick={() => void exportToFile([p])}
              aria-label={t('profiles.exportLabel', [p.name])}
            >
              {t('profiles.export')}
            </button>
            {p.id !== defaultId && (
              <button
                type="button"
                onClick={() => void setDefaultProfile(p.id)}
                aria-label={t('profiles.makeDefaultLabel', [p.name])}
              >
                {t('profiles.makeDefault')}
              </button>
            )}
            {!owners.has(p.id) && (
              <button
                type="button"
                className="danger"
                onClick={() => void remove(p)}
                aria-label={t('profiles.deleteLabel', [p.name])}
              >
                {t('profiles.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {deleted && (
        <div className="toast" role="status">
          {t('profiles.deleted', [deleted.profile.name])}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void restoreProfile(deleted).then(() => setDeleted(null))}
          >
            {t('profiles.undo')}
          </button>
        </div>
      )}
      <div className="row">
        <label className="field field-narrow">
          <span>{t('profiles.startFrom')}</span>
          <select value={template} onChange={(e) => setTemplate(e.target.value as typeof template)}>
            {TEMPLATES.map((template) => (
              <option key={template.id} value={template.id}>
                {templateLabel(template.id)}
              </option>
            ))}
            <option value="blank">{t('profiles.blank')}</option>
          </select>
        </label>
        <button type="button" onClick={create}>
          {t('profiles.new')}
        </button>
      </div>
      {profiles && <TransferButtons profiles={profiles} hasDefault={Boolean(defaultId)} />}
      {editing && (
        <>
          <h3>
            {profiles?.some((p) => p.id === editing.id)
              ? t('profiles.editing', [editing.name])
              : t('profiles.new')}
          </h3>
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
