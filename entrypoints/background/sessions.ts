import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { FrameTokenSchema } from '@/utils/messaging/schemas';
import { ThreadContextSchema, type ThreadContext } from '@/utils/thread/context';

/**
 * A panel session: one click on "Suggest reply", tied to the tab and composer it came from. Kept in
 * `storage.session` so a service-worker restart does not orphan an open panel.
 */
const SessionSchema = z.object({
  id: z.string(),
  tabId: z.number().int(),
  /**
   * Where the composer is: a LinkedIn or X tab (content script), another site in the generic mode, or
   * the extension's playground page; and in which frame of the tab.
   */
  via: z.enum(['content', 'generic', 'playground']).default('content'),
  frameId: z.number().int().min(0).default(0),
  /** The token in the address of the panel frame the content script made for it (see panel-frame.ts). */
  frame: FrameTokenSchema,
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
  frame: string,
  context: ThreadContext,
  now = Date.now(),
  frameId = 0,
): Promise<Session> {
  await load();
  for (const [id, session] of cache) {
    if (now - session.createdAt > MAX_AGE_MS) cache.delete(id);
  }
  while (cache.size >= MAX_SESSIONS) cache.delete(cache.keys().next().value!);
  const session: Session = { id: newId(), tabId, via, frameId, frame, context, createdAt: now };
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

/** The session whose panel frame carries this token, in this tab. */
export async function sessionForFrame(tabId: number, frame: string): Promise<Session | undefined> {
  await load();
  for (const session of cache.values())
    if (session.tabId === tabId && session.frame === frame) return session;
  return undefined;
}

/** The frame token in a panel's own address (`panel.html?…&w=<token>`), which the browser reports. */
export function frameTokenOf(url: string | undefined): string | undefined {
  try {
    const token = new URL(url ?? '').searchParams.get('w') ?? '';
    return FrameTokenSchema.safeParse(token).success ? token : undefined;
  } catch {
    return undefined;
  }
}

/** The thread of a session, read again ("use my selection instead"). */
export async function updateSessionContext(id: string, context: ThreadContext): Promise<Session | undefined> {
  await load();
  const session = cache.get(id);
  if (!session) return undefined;
  const next = { ...session, context };
  cache.set(id, next);
  await persist();
  return next;
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

/** A tab closed: its sessions go, and their runs stop (a panel cannot outlive its page). */
export function setUpSessionCleanup(end: (sessionId: string) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void dropSessionsOfTab(tabId).then((ids) => ids.forEach(end));
  });
}
