import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { ThreadContextSchema, type ThreadContext } from '@/utils/thread/context';

/**
 * A panel session: one click on "Suggest reply", tied to the tab and composer it came from. Kept in
 * `storage.session` so a service-worker restart does not orphan an open panel.
 */
const SessionSchema = z.object({
  id: z.string(),
  tabId: z.number().int(),
  /** Where the composer is: a LinkedIn or X tab (content script), or the extension's playground page. */
  via: z.enum(['content', 'playground']).default('content'),
  context: ThreadContextSchema,
  createdAt: z.number(),
});
export type Session = z.infer<typeof SessionSchema>;

const MAX_SESSIONS = 30;
const MAX_AGE_MS = 6 * 60 * 60 * 1000;

const sessionsItem = storage.defineItem<Record<string, Session>>('session:panelSessions', { fallback: {} });
const cache = new Map<string, Session>();
let loaded: Promise<void> | undefined;

function load(): Promise<void> {
  loaded ??= sessionsItem.getValue().then((stored) => {
    for (const [id, value] of Object.entries(stored)) {
      const parsed = SessionSchema.safeParse(value);
      if (parsed.success) cache.set(id, parsed.data);
    }
  });
  return loaded;
}

const persist = (): Promise<void> => sessionsItem.setValue(Object.fromEntries(cache));

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export async function createSession(
  tabId: number,
  via: Session['via'],
  context: ThreadContext,
  now = Date.now(),
): Promise<Session> {
  await load();
  for (const [id, session] of cache) {
    if (now - session.createdAt > MAX_AGE_MS) cache.delete(id);
  }
  while (cache.size >= MAX_SESSIONS) cache.delete(cache.keys().next().value!);
  const session: Session = { id: newId(), tabId, via, context, createdAt: now };
  cache.set(session.id, session);
  // Written without holding up the click: the run starts at once. (Should the worker restart within
  // these few milliseconds, the panel says it expired and a new click starts again.)
  void persist().catch(() => undefined);
  return session;
}

export async function getSession(id: string): Promise<Session | undefined> {
  await load();
  return cache.get(id);
}

export async function dropSession(id: string): Promise<void> {
  await load();
  if (cache.delete(id)) await persist();
}

export async function dropSessionsOfTab(tabId: number): Promise<string[]> {
  await load();
  const dropped = [...cache.values()].filter((s) => s.tabId === tabId).map((s) => s.id);
  dropped.forEach((id) => cache.delete(id));
  if (dropped.length) await persist();
  return dropped;
}
