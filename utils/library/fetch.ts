import { parseImport, unknownProfile } from '@/utils/brand/transfer';
import { t } from '@/utils/i18n/i18n';
import { isLocalEndpoint } from '@/utils/llm/hosts';
import { canonical, digest, libraryItemId } from './ids';
import type { LibraryContent } from './schema';

/**
 * Fetching a team library: one GET of the address the manager subscribed to, nothing ever sent but
 * that request (no cookies, no body). The file is the profiles file (utils/brand/transfer.ts), checked
 * whole with the same schemas; a bad file is refused with the field named, and nothing here changes.
 */
export const MAX_LIBRARY_BYTES = 2_000_000;
const TIMEOUT_MS = 15_000;

export type Fetched = { ok: true; content: LibraryContent } | { ok: false; message: string; field?: string };

/** Why an address cannot be a library ('' when it can): HTTPS, or plain HTTP on this computer or network. */
export function libraryUrlProblem(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return t('library.badUrl');
  }
  if (url.protocol === 'https:') return '';
  if (url.protocol === 'http:' && isLocalEndpoint(url.href)) return '';
  return url.protocol === 'http:' ? t('library.needsHttps') : t('library.badUrl');
}

const withoutDates = (item: object): object =>
  Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'createdAt' && key !== 'updatedAt'));

/** Checks a library file and gives its content with this library's ids. */
export function parseLibrary(text: string, libraryId: string, fallbackName: string): Fetched {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  // A library's saved replies belong to its own profiles: it cannot know the manager's.
  const orphan = unknownProfile(parsed.savedReplies, parsed.profiles);
  if (orphan) return { ok: false, message: orphan.message, field: orphan.field };
  const ids: Record<string, string> = {};
  const profileId = (id: string): string => (ids[`p:${id}`] ??= libraryItemId(libraryId, 'profile', id));
  const savedId = (id: string): string => (ids[`s:${id}`] ??= libraryItemId(libraryId, 'saved', id));
  const profiles = parsed.profiles.map((p) => ({ ...p, id: profileId(p.id) }));
  const savedReplies = parsed.savedReplies.map((s) => ({
    ...s,
    id: savedId(s.id),
    profileId: profileId(s.profileId),
  }));
  const name = parsed.name ?? fallbackName;
  const revision = digest(
    canonical({ name, profiles: profiles.map(withoutDates), savedReplies: savedReplies.map(withoutDates) }),
  );
  return { ok: true, content: { revision, name, profiles, savedReplies, ids } };
}

/** GETs the file and checks it. Never throws: every failure is a message for the manager. */
export async function fetchLibrary(
  url: string,
  libraryId: string,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<Fetched> {
  const problem = libraryUrlProblem(url);
  if (problem) return { ok: false, message: problem, field: 'url' };
  const host = new URL(url).host;
  let text: string;
  try {
    const response = await fetcher(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-cache',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, message: t('library.status', [host, response.status]) };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_LIBRARY_BYTES) return { ok: false, message: t('library.tooBig') };
    text = await response.text();
  } catch {
    return { ok: false, message: t('library.unreachable', [host]) };
  }
  if (text.length > MAX_LIBRARY_BYTES) return { ok: false, message: t('library.tooBig') };
  return parseLibrary(text, libraryId, host.slice(0, 80));
}
