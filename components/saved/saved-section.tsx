import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useProfiles } from '@/components/hooks/use-profiles';
import { rankSaved } from '@/utils/saved/rank';
import { blankSaved, type SavedReply } from '@/utils/saved/schema';
import {
  deleteSaved,
  duplicateSaved,
  restoreSaved,
  saveSaved,
  savedEntries,
  type DeletedSaved,
} from '@/utils/saved/store';
import { t } from '@/utils/i18n/i18n';
import { SavedEditor } from './saved-editor';
import { useLibraries } from './use-libraries';
import './saved.css';

const UNDO_MS = 10_000;

/** How often a saved reply was used, and when last: counted in this browser only. */
function usageText(uses: number, lastUsedAt?: number): string {
  if (!uses || !lastUsedAt) return t('saved.neverUsed');
  return t('saved.used', uses, [uses, new Date(lastUsedAt).toLocaleDateString()]);
}

/**
 * The saved replies of every profile: create, edit, duplicate, delete with undo, search. A team
 * library's replies are marked and read-only; "Make my copy" gives the manager one to edit.
 */
export function SavedSection() {
  const { profiles } = useProfiles();
  const entries = useLiveQuery(() => savedEntries(), []);
  const { owners } = useLibraries();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<SavedReply | null>(null);
  const [deleted, setDeleted] = useState<DeletedSaved | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const names = new Map((profiles ?? []).map((p) => [p.id, p.name]));
  const sorted = [...(entries ?? [])].sort(
    (a, b) =>
      (names.get(a.profileId) ?? '').localeCompare(names.get(b.profileId) ?? '') ||
      a.title.localeCompare(b.title),
  );
  const shown = search.trim() ? rankSaved(sorted, { query: '', search }) : sorted;
  const editable = (profiles ?? []).filter((p) => !owners.has(p.id) || p.id === editing?.profileId);
  const create = (): void => {
    const profile = editable[0] ?? profiles?.[0];
    if (profile) setEditing(blankSaved(profile.id, { language: profile.languages.default }));
  };

  return (
    <section className="card" aria-labelledby="saved-title">
      <h2 id="saved-title">{t('saved.sectionTitle')}</h2>
      <p className="hint">{t('saved.sectionHint')}</p>
      {profiles?.length === 0 && <p className="hint">{t('saved.needProfile')}</p>}
      <div className="row">
        <input
          type="search"
          aria-label={t('saved.searchAll')}
          placeholder={t('saved.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="button" onClick={create} disabled={!profiles?.length}>
          {t('saved.new')}
        </button>
      </div>
      {entries?.length === 0 && <p className="hint">{t('saved.noneYet')}</p>}
      <ul className="profile-list" aria-label={t('saved.sectionTitle')}>
        {shown.map((reply) => {
          const library = owners.get(reply.id);
          return (
            <li key={reply.id}>
              <span className="saved-line">
                <strong>{reply.title}</strong>{' '}
                <span className="hint">
                  {[names.get(reply.profileId) ?? t('saved.noProfile'), reply.tags.join(', ')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <br />
                <span className="hint">{usageText(reply.uses, reply.lastUsedAt)}</span>
              </span>
              {library && <span className="saved-badge">{t('library.readOnlyBadge', [library.name])}</span>}
              <span className="spacer" />
              {library ? (
                <button
                  type="button"
                  onClick={() => void duplicateSaved(reply.id).then((copy) => copy && setEditing(copy))}
                  aria-label={t('library.forkLabel', [reply.title])}
                >
                  {t('library.fork')}
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    onClick={() => setEditing(reply)}
                    aria-label={t('profiles.editLabel', [reply.title])}
                  >
                    {t('profiles.edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => void duplicateSaved(reply.id)}
                    aria-label={t('profiles.duplicateLabel', [reply.title])}
                  >
                    {t('profiles.duplicate')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() =>
                      void deleteSaved(reply.id).then((gone) => {
                        if (editing?.id === reply.id) setEditing(null);
                        setDeleted(gone ?? null);
                      })
                    }
                    aria-label={t('profiles.deleteLabel', [reply.title])}
                  >
                    {t('profiles.delete')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {search.trim() && shown.length === 0 && <p className="hint">{t('saved.noMatch')}</p>}
      {deleted && (
        <div className="toast" role="status">
          {t('profiles.deleted', [deleted.reply.title])}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void restoreSaved(deleted).then(() => setDeleted(null))}
          >
            {t('profiles.undo')}
          </button>
        </div>
      )}
      {editing && profiles && (
        <>
          <h3>
            {entries?.some((r) => r.id === editing.id)
              ? t('profiles.editing', [editing.title])
              : t('saved.new')}
          </h3>
          <SavedEditor
            key={editing.id}
            initial={editing}
            profiles={profiles}
            onSave={async (reply) => {
              await saveSaved(reply);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </>
      )}
    </section>
  );
}
