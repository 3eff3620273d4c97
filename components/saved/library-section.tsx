import { useState } from 'react';
import { browser } from 'wxt/browser';
import { TextField } from '@/components/profiles/fields';
import { libraryUrlProblem } from '@/utils/library/fetch';
import type { Library } from '@/utils/library/schema';
import {
  applyLibraryUpdate,
  checkLibrary,
  dismissLibraryUpdate,
  subscribeLibrary,
  unsubscribeLibrary,
} from '@/utils/library/store';
import { isGrantedAtInstall, originPattern } from '@/utils/llm/hosts';
import { t } from '@/utils/i18n/i18n';
import { writeFailure } from '@/utils/storage/db';
import { LibraryChanges } from './library-changes';
import { useLibraries } from './use-libraries';
import './saved.css';

/**
 * Asks for the library's origin only (optional_host_permissions), from the click: browsers show the
 * prompt only with user activation, so this is the first thing the click does.
 */
async function requestOrigin(url: string): Promise<boolean> {
  try {
    if (isGrantedAtInstall(url)) return true;
    return await browser.permissions.request({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

type Message = { ok: boolean; text: string } | null;

/** "1 profile", "4 saved replies": what a library holds. */
const counts = (library: Library): [string, string] => [
  t('library.profileCount', library.profileIds.length),
  t('library.savedCount', library.savedIds.length),
];

/**
 * Team libraries: a profiles file the team hosts (intranet, GitHub raw file, shared drive link),
 * followed by every manager's browser: fetched at subscribe time, daily, and on demand; its items are
 * read-only here; an update is shown (added, changed, removed) before it applies. Nothing is uploaded.
 */
export function LibrarySection() {
  const { libraries } = useLibraries();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [checked, setChecked] = useState<Record<string, string>>({});

  const subscribe = async (): Promise<void> => {
    const problem = libraryUrlProblem(url);
    if (problem) return setMessage({ ok: false, text: problem });
    if (!(await requestOrigin(url.trim()))) return setMessage({ ok: false, text: t('library.noPermission') });
    setBusy(true);
    try {
      const result = await subscribeLibrary(url);
      if (!result.ok) return setMessage({ ok: false, text: t('library.refused', [result.message]) });
      const { library } = result;
      setMessage({
        ok: true,
        text: t('library.subscribed', [library.name, ...counts(library)]),
      });
      setUrl('');
    } catch (error) {
      setMessage({ ok: false, text: writeFailure(error) });
    } finally {
      setBusy(false);
    }
  };

  const check = async (id: string): Promise<void> => {
    setChecked((c) => ({ ...c, [id]: t('library.checking') }));
    const result = await checkLibrary(id).catch(() => 'failed' as const);
    const said =
      result === 'same' ? t('library.upToDate') : result === 'update' ? t('library.updateFound') : '';
    setChecked((c) => ({ ...c, [id]: said }));
  };

  return (
    <section className="card" aria-labelledby="library-title">
      <h2 id="library-title">{t('library.title')}</h2>
      <p className="hint">{t('library.hint')}</p>
      <form
        className="row"
        aria-label={t('library.subscribeLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void subscribe();
        }}
      >
        <TextField
          label={t('library.url')}
          value={url}
          onChange={setUrl}
          placeholder="https://intranet.example.com/reply-copilot/library.json"
          maxLength={2000}
        />
        <button type="submit" className="primary" disabled={busy || !url.trim()}>
          {t('library.subscribe')}
        </button>
      </form>
      {message && (
        <p className={message.ok ? 'ok' : 'notice notice-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {libraries?.length === 0 && <p className="hint">{t('library.none')}</p>}
      <ul className="profile-list" aria-label={t('library.title')}>
        {libraries?.map((library) => (
          <li key={library.id} className="library-item">
            <span className="saved-line">
              <strong>{library.name}</strong> <span className="hint">{library.url}</span>
              <br />
              <span className="hint">
                {t('library.holds', counts(library))}{' '}
                {library.checkedAt && t('library.checkedAt', [new Date(library.checkedAt).toLocaleString()])}{' '}
                {checked[library.id]}
              </span>
              {library.problem && (
                <span className="notice notice-error" role="alert">
                  {t('library.refused', [library.problem.message])}
                </span>
              )}
              <LibraryChanges
                library={library}
                onApply={() => void applyLibraryUpdate(library.id)}
                onDismiss={() => void dismissLibraryUpdate(library.id)}
              />
            </span>
            <span className="spacer" />
            <button
              type="button"
              onClick={() => void check(library.id)}
              aria-label={t('library.checkLabel', [library.name])}
            >
              {t('library.check')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => void unsubscribeLibrary(library.id)}
              aria-label={t('library.unsubscribeLabel', [library.name])}
            >
              {t('library.unsubscribe')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
