import { useLiveQuery } from 'dexie-react-hooks';
import { diffLibrary, type LibraryChange } from '@/utils/library/diff';
import type { Library } from '@/utils/library/schema';
import { libraryItems } from '@/utils/library/store';
import { t } from '@/utils/i18n/i18n';

const describe = (c: LibraryChange): string => {
  const what = c.kind === 'profile' ? t('library.kindProfile', [c.label]) : t('library.kindSaved', [c.label]);
  if (c.change === 'added') return t('library.added', [what]);
  if (c.change === 'removed') return t('library.removed', [what]);
  return t('library.changed', [what, c.fields.join(', ')]);
};

/** An update of a team library, as the manager reviews it: what is added, changed and removed. */
export function LibraryChanges({
  library,
  onApply,
  onDismiss,
}: {
  library: Library;
  onApply: () => void;
  onDismiss: () => void;
}) {
  const changes = useLiveQuery(async () => {
    if (!library.pending) return [];
    return diffLibrary(await libraryItems(library), library.pending);
  }, [library]);
  if (!library.pending || !changes) return null;
  return (
    <div className="notice" role="group" aria-label={t('library.updateLabel', [library.name])}>
      <strong>{t('library.update', changes.length, [changes.length])}</strong>
      <ul className="library-changes">
        {changes.map((c) => (
          <li key={`${c.kind}:${c.id}`} className={`library-change-${c.change}`}>
            {describe(c)}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="primary" onClick={onApply}>
          {t('library.apply')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('library.notNow')}
        </button>
      </div>
    </div>
  );
}
