import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GenerationHub, type HubDeps } from '@/entrypoints/background/generation';
import { createSession, getSession, setUpSessionCleanup } from '@/entrypoints/background/sessions';
import type { Speaker } from '@/entrypoints/background/speaker';
import { PanelPorts } from '@/entrypoints/background/suggest-port';
import { blankProfile } from '@/utils/brand/profile';
import type { PortEvent } from '@/utils/messaging/suggest-port';
import { DEFAULT_PROVIDER_SETTINGS } from '@/utils/storage/settings';

/*
 * The background, driven through its own events as the browser would (fakeBrowser.runtime.onConnect),
 * with a fake engine: no network, and each stream answers when the test says so.
 */
const EXT = fakeBrowser.runtime.id;
const TAB = 7;
/** A fresh frame token per panel, as each frame has its own (sessions outlive a test in memory). */
const token = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const context = { platform: 'x', surface: 'x', url: 'https://x.com/a/status/1', draft: '' } as const;
const profile = blankProfile({ id: 'p1', name: 'Acme' });

/** A stream the test drives: `say` sends text, `end` finishes; aborting ends it as the SDK would. */
function controllableStream() {
  const calls: { messages: unknown; say: (t: string) => void; end: () => void }[] = [];
  const stream: HubDeps['stream'] = (_engine, messages, signal, onText) =>
    new Promise((resolve, reject) => {
      const call = {
        messages,
        say: (text: string) => onText(text),
        end: () => resolve({ complete: true, attempts: 1 }),
      };
      signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')));
      calls.push(call);
    });
  return { stream, calls };
}

/**
 * runtime.onConnect as the browser has it: fakeBrowser leaves it unmocked, so the tests give it the
 * same shape as fakeBrowser's other events (addListener, and `trigger` to fire it).
 */
type PortListener = (port: unknown) => void | Promise<void>;
const onConnect = (() => {
  const listeners = new Set<PortListener>();
  return {
    addListener: (l: PortListener) => void listeners.add(l),
    removeListener: (l: PortListener) => void listeners.delete(l),
    hasListener: (l: PortListener) => listeners.has(l),
    removeAllListeners: () => listeners.clear(),
    trigger: async (port: unknown) => {
      for (const l of listeners) await l(port);
    },
  };
})();
Object.assign(fakeBrowser.runtime, { onConnect });

function setUp() {
  onConnect.removeAllListeners();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
    (path: string) => `chrome-extension://${EXT}${path}`,
  );
  const speak: HubDeps['speak'] = async () =>
    ({
      engine: { kind: 'on-device', settings: DEFAULT_PROVIDER_SETTINGS },
      profile,
      privacy: { redactPII: true },
      setup: { profileId: profile.id, configured: true },
    }) satisfies Speaker;
  const { stream, calls } = controllableStream();
  const hub = new GenerationHub({ speak, stream });
  const ports = new PanelPorts(hub);
  ports.listen();
  return { hub, ports, calls };
}

/** A panel's port, as the browser hands it to the background's onConnect. */
function connectPanel(frame: string, tabId = TAB) {
  const events: PortEvent[] = [];
  const messageListeners: ((m: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const port = {
    name: 'suggest',
    sender: {
      id: EXT,
      url: `chrome-extension://${EXT}/panel.html?theme=light&w=${frame}`,
      frameId: 3,
      tab: { id: tabId },
    },
    postMessage: (event: PortEvent) => void events.push(event),
    disconnect: vi.fn(),
    onMessage: { addListener: (l: (m: unknown) => void) => void messageListeners.push(l) },
    onDisconnect: { addListener: (l: () => void) => void disconnectListeners.push(l) },
  };
  void onConnect.trigger(port);
  return {
    events,
    send: async (message: unknown) => {
      for (const listener of messageListeners) await listener(message);
    },
    close: () => disconnectListeners.forEach((l) => l()),
    disconnect: port.disconnect,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
/** Waits until `ready` holds (the hub's steps are asynchronous). */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i++) await settle();
  expect(ready()).toBe(true);
}
const texts = (events: PortEvent[], generation?: number) =>
  events
    .filter((e): e is Extract<PortEvent, { type: 'delta' }> => e.type === 'delta')
    .filter((e) => generation === undefined || e.generation === generation)
    .map((e) => `${e.index}:${e.text}`)
    .join('');

describe('the panel port', () => {
  it('replays a run that started at the click to a panel that attaches later', async () => {
    const FRAME = token();
    const { hub, calls } = setUp();
    const session = await createSession(TAB, 'content', FRAME, context);
    hub.start(session);
    await until(() => calls.length === 1);
    calls[0]!.say('@@1\nHello');
    const panel = connectPanel(FRAME);
    await panel.send({ type: 'attach' });
    await settle();
    expect(panel.events.map((e) => e.type)).toEqual(expect.arrayContaining(['started', 'delta', 'session']));
    expect(texts(panel.events)).toBe('0:Hello');
    calls[0]!.say(' there');
    expect(texts(panel.events)).toBe('0:Hello0: there');
  });

  it('hands a panel loaded ahead of time its session when the click comes, never another frame’s', async () => {
    const FRAME = token();
    const { hub, ports } = setUp();
    const waiting = connectPanel(FRAME);
    await waiting.send({ type: 'attach' });
    const other = connectPanel(token());
    await other.send({ type: 'attach' });
    const session = await createSession(TAB, 'content', FRAME, context);
    hub.start(session);
    ports.offer(session);
    await settle();
    expect(waiting.events.find((e) => e.type === 'session')).toMatchObject({ sessionId: session.id });
    expect(other.events.find((e) => e.type === 'session')).toBeUndefined();
  });

  it('refuses a port from anything but the panel', async () => {
    setUp();
    const events: unknown[] = [];
    const disconnect = vi.fn();
    const port = {
      name: 'suggest',
      sender: { id: EXT, url: 'https://x.com/a', frameId: 0, tab: { id: TAB } },
      postMessage: (e: unknown) => void events.push(e),
      disconnect,
      onMessage: { addListener: vi.fn() },
      onDisconnect: { addListener: vi.fn() },
    };
    await onConnect.trigger(port);
    expect(disconnect).toHaveBeenCalled();
    expect(port.onMessage.addListener).not.toHaveBeenCalled();
  });

  it('drops the events of a superseded run: only the newest generation reaches the panel', async () => {
    const FRAME = token();
    const { hub, calls } = setUp();
    const session = await createSession(TAB, 'content', FRAME, context);
    hub.start(session);
    const panel = connectPanel(FRAME);
    await panel.send({ type: 'attach' });
    await settle();
    await panel.send({ type: 'generate', nudge: 'shorter' });
    await until(() => calls.length === 2 && panel.events.filter((e) => e.type === 'started').length === 2);
    const newest = panel.events.filter((e) => e.type === 'started').at(-1)!.generation;
    calls[0]!.say('@@1\nstale'); // the first run, already stopped, says something late
    calls[1]!.say('@@1\nfresh');
    expect(texts(panel.events, newest)).toBe('0:fresh');
    expect(texts(panel.events)).not.toContain('stale');
  });

  it('Stop ends the run in done{stopped}', async () => {
    const FRAME = token();
    const { hub, calls } = setUp();
    const session = await createSession(TAB, 'content', FRAME, context);
    hub.start(session);
    const panel = connectPanel(FRAME);
    await panel.send({ type: 'attach' });
    await until(() => calls.length === 1);
    calls[0]!.say('@@1\nPart');
    await until(() => panel.events.some((e) => e.type === 'delta'));
    await panel.send({ type: 'stop' });
    await until(() => panel.events.at(-1)?.type === 'done');
    expect(panel.events.at(-1)).toMatchObject({ type: 'done', stopped: true, complete: false });
  });

  it('a rewrite touches only its draft', async () => {
    const FRAME = token();
    const { hub, calls } = setUp();
    const session = await createSession(TAB, 'content', FRAME, context);
    hub.start(session);
    const panel = connectPanel(FRAME);
    await panel.send({ type: 'attach' });
    await settle();
    calls[0]!.say('@@1\nOne\n@@2\nTwo\n@@3\nThree');
    calls[0]!.end();
    await settle();
    await panel.send({ type: 'fix', index: 1, text: 'Two', instruction: 'make it shorter' });
    await until(() => calls.length === 2 && panel.events.filter((e) => e.type === 'started').length === 2);
    const started = panel.events.filter((e) => e.type === 'started').at(-1)!;
    expect(started).toMatchObject({ target: 1 });
    calls[1]!.say('Short two');
    const rewrite = panel.events.filter((e) => e.type === 'delta' && e.generation === started.generation);
    expect(rewrite).toEqual([{ type: 'delta', generation: started.generation, index: 1, text: 'Short two' }]);
  });

  it('a panel that goes away ends its run', async () => {
    const FRAME = token();
    const { hub, calls } = setUp();
    const session = await createSession(TAB, 'content', FRAME, context);
    hub.start(session);
    const panel = connectPanel(FRAME);
    await panel.send({ type: 'attach' });
    await settle();
    panel.close();
    expect(hub.hasRun(session.id)).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('the sessions of a closed tab are dropped, and their runs stopped', async () => {
    const FRAME = token();
    const { hub } = setUp();
    setUpSessionCleanup((id) => hub.end(id));
    const session = await createSession(TAB, 'content', FRAME, context);
    const other = await createSession(8, 'content', FRAME, context);
    hub.start(session);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await getSession(session.id)).toBeUndefined();
    expect(hub.hasRun(session.id)).toBe(false);
    expect(await getSession(other.id)).toBeDefined();
  });
});

describe('saved replies over the panel port', () => {
  it('sends the saved replies on attach and again when one is used; Adapt is one more run, in its own prompt', async () => {
    const { getDb } = await import('@/utils/storage/db');
    const { blankSaved } = await import('@/utils/saved/schema');
    const db = getDb();
    await Promise.all([db.savedReplies.clear(), db.savedUsage.clear()]);
    const reply = blankSaved(
      'p1',
      { id: 'refund', title: 'Refund policy', body: '[[Refunds in 14 days.]]', language: 'fr' },
      1,
    );
    await db.savedReplies.add(reply);

    const FRAME = token();
    const { hub, calls } = setUp();
    const session = await createSession(TAB, 'content', FRAME, context);
    hub.start(session);
    const panel = connectPanel(FRAME);
    await panel.send({ type: 'attach' });
    await until(() => panel.events.some((e) => e.type === 'saved'));
    expect(panel.events.find((e) => e.type === 'saved')).toMatchObject({
      replies: [{ id: 'refund', uses: 0 }],
    });

    await panel.send({ type: 'savedCopied', savedId: 'refund' });
    await until(() => panel.events.some((e) => e.type === 'saved' && e.replies[0]?.uses === 1));

    await panel.send({ type: 'adapt', savedId: 'refund', text: 'Hi Sam. [[Refunds in 14 days.]]' });
    await until(() => calls.length === 2);
    const started = panel.events.filter((e) => e.type === 'started').at(-1)!;
    expect(started).toMatchObject({ saved: 'refund' });
    const messages = calls[1]!.messages as { content: string }[];
    expect(messages[0]!.content).toMatch(/^You adapt a saved reply/);
    expect(messages[1]!.content).toMatch(/kind="saved reply">\nHi Sam\. \[\[Refunds in 14 days\.\]\]\n/);
    expect(messages[1]!.content).toContain('Write in French');
    calls[1]!.say('Hello Sam! Refunds in 14 days.');
    expect(texts(panel.events, started.generation)).toBe('0:Hello Sam! Refunds in 14 days.');

    // A saved reply that is gone is said so, and nothing runs.
    await panel.send({ type: 'adapt', savedId: 'gone', text: 'x' });
    await until(() =>
      panel.events.some((e) => e.type === 'error' && e.error.title === 'This saved reply is gone'),
    );
    expect(calls).toHaveLength(2);
  });
});
