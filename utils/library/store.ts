import { getDb } from '@/utils/storage/db';
import { t } from '@/utils/i18n/i18n';
import { fetchLibrary, libraryUrlProblem } from './fetch';
import { newLibraryId } from './ids';
import type { LibraryItems } from './diff';
import type { Library, LibraryContent } from './schema';

/**
 * Team libraries in the database: subscribe, check (at subscribe time, daily from the background's
 * alarm, and on demand), review and apply an update, unsubscribe. A library's items are read-only
 * here; "make my copy" (utils/saved/store.ts, utils/brand/store.ts) gives the manager their own.
 */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; message: string; field?: string };

const tables = () => {
  const db = getDb();
  return [db.libraries, db.profiles, db.savedReplies, db.savedUsage] as const;
};

/** Writes a library's content, replacing what its previous revision brought. */
async function write(library: Library, content: LibraryContent, now: number): Promise<Library> {
  const db = getDb();
  const profileIds = content.profiles.map((p) => p.id);
  const savedIds = content.savedReplies.map((s) => s.id);
  const goneProfiles = library.profileIds.filter((id) => !profileIds.includes(id));
  const goneSaved = library.savedIds.filter((id) => !savedIds.includes(id));
  const next: Library = {
    ...library,
    name: content.name,
    revision: content.revision,
    profileIds,
    savedIds,
    appliedAt: now,
    checkedAt: now,
    problem: undefined,
    pending: undefined,
  };
  await db.profiles.bulkDelete(goneProfiles);
  await db.savedReplies.bulkDelete(goneSaved);
  await db.savedUsage.bulkDelete(goneSaved);
  await db.profiles.bulkPut(content.profiles);
  await db.savedReplies.bulkPut(content.savedReplies);
  await db.libraries.put(next);
  return next;
}

/** Subscribes to a library: fetched and checked now; a bad file is refused and nothing is kept. */
export async function subscribeLibrary(
  url: string,
  fetcher?: typeof fetch,
  now = Date.now(),
): Promise<Outcome<{ library: Library }>> {
  const address = url.trim();
  const problem = libraryUrlProblem(address);
  if (problem) return { ok: false, message: problem, field: 'url' };
  if (await getDb().libraries.where('url').equals(address).first())
    return { ok: false, message: t('library.already'), field: 'url' };
  const id = newLibraryId();
  const fetched = await fetchLibrary(address, id, fetcher);
  if (!fetched.ok) return fetched;
  const blank: Library = {
    id,
    url: address,
    name: fetched.content.name,
    addedAt: now,
    revision: '',
    profileIds: [],
    savedIds: [],
  };
  const library = await getDb().transaction('rw', tables(), () => write(blank, fetched.content, now));
  return { ok: true, library };
}

export type CheckResult = 'update' | 'same' | 'failed' | 'gone';

/** Fetches a library again: an update waits for the manager; a bad file is noted, nothing else changes. */
export async function checkLibrary(
  id: string,
  fetcher?: typeof fetch,
  now = Date.now(),
): Promise<CheckResult> {
  const db = getDb();
  const library = await db.libraries.get(id);
  if (!library) return 'gone';
  const fetched = await fetchLibrary(library.url, library.id, fetcher);
  const current = await db.libraries.get(id);
  if (!current) return 'gone';
  if (!fetched.ok) {
    const { message, field } = fetched;
    await db.libraries.put({
      ...current,
      checkedAt: now,
      problem: { message, ...(field ? { field } : {}), at: now },
    });
    return 'failed';
  }
  const same = fetched.content.revision === current.revision;
  await db.libraries.put({
    ...current,
    checkedAt: now,
    problem: undefined,
    pending: same ? undefined : { ...fetched.content, fetchedAt: now },
  });
  return same ? 'same' : 'update';
}

export async function checkAllLibraries(fetcher?: typeof fetch): Promise<CheckResult[]> {
  const libraries = await getDb().libraries.toArray();
  const results: CheckResult[] = [];
  for (const library of libraries) results.push(await checkLibrary(library.id, fetcher));
  return results;
}

/** Applies the update the manager reviewed. */
export async function applyLibraryUpdate(id: string, now = Date.now()): Promise<boolean> {
  return getDb().transaction('rw', tables(), async () => {
    const library = await getDb().libraries.get(id);
    if (!library?.pending) return false;
    const { fetchedAt: _fetchedAt, ...content } = library.pending;
    await write(library, content, now);
    return true;
  });
}

export async function dismissLibraryUpdate(id: string): Promise<void> {
  const library = await getDb().libraries.get(id);
  if (library) await getDb().libraries.put({ ...library, pending: undefined });
}

/** Removes a library and what it brought; the manager's copies of its items stay. */
export async function unsubscribeLibrary(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', tables(), async () => {
    const library = await db.libraries.get(id);
    if (!library) return;
    await db.profiles.bulkDelete(library.profileIds);
    await db.savedReplies.bulkDelete(library.savedIds);
    await db.savedUsage.bulkDelete(library.savedIds);
    await db.libraries.delete(id);
  });
}

/** What a library brought, as stored now (to compare an update with). */
export async function libraryItems(library: Library): Promise<LibraryItems> {
  const db = getDb();
  const [profiles, savedReplies] = await Promise.all([
    db.profiles.bulkGet(library.profileIds),
    db.savedReplies.bulkGet(library.savedIds),
  ]);
  return {
    profiles: profiles.filter((p) => p !== undefined),
    savedReplies: savedReplies.filter((s) => s !== undefined),
  };
}

/** Which library each read-only item comes from, by its id here. */
export function ownership(libraries: readonly Library[]): Map<string, Library> {
  const owners = new Map<string, Library>();
  for (const library of libraries)
    for (const id of [...library.profileIds, ...library.savedIds]) owners.set(id, library);
  return owners;
}
