import { liveQuery } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { summarize } from '@/utils/brand/profile';
import { userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { PortRequestSchema, SUGGEST_PORT, type PortEvent } from '@/utils/messaging/suggest-port';
import { getDb } from '@/utils/storage/db';
import type { GenerationHub } from './generation';
import { callPage } from './page-call';
import { answerSaved, isSavedRequest, watchSaved } from './saved-port';
import { acceptPort } from './senders';
import { frameTokenOf, sessionForFrame, updateSessionContext, type Session } from './sessions';
import { whoSpeaks } from './speaker';
import { forgetPerson, personId } from '@/utils/memory/people';

const expired = () => userError('session-expired', t('errors.expired.title'), t('errors.expired.detail'));
const malformed = () =>
  userError('invalid-message', t('errors.refused.title'), t('errors.refused.malformed'));

/**
 * The panels' live connections. A panel connects as soon as it loads (often ahead of the click, hidden)
 * and says it is ready; the background knows its frame by the token in the panel's own address, and
 * hands it the session opened for that frame, now or when the click comes. Then the panel follows the
 * generation's events and asks for new runs or a stop. When it goes away, the run is aborted.
 */
export class PanelPorts {
  /** Ready panels still waiting for their session, by `${tabId}:${frame token}`. */
  private readonly waiting = new Map<string, (session: Session) => void>();

  constructor(private readonly hub: GenerationHub) {}

  /** A session was opened for a frame: hand it to that frame's panel if it is already waiting. */
  offer(session: Session): void {
    const key = `${session.tabId}:${session.frame}`;
    const attach = this.waiting.get(key);
    this.waiting.delete(key);
    attach?.(session);
  }

  /** The thread read again with the manager's selection as the text answered; undefined without one. */
  private async readSelection(session: Session): Promise<Session | undefined> {
    const { context } = await callPage(session, 'composer.readSelection', { sessionId: session.id });
    return context ? updateSessionContext(session.id, context) : undefined;
  }

  listen(): void {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== SUGGEST_PORT || !acceptPort(port, 'panel')) return;
      this.serve(port);
    });
  }

  private serve(port: Browser.runtime.Port): void {
    const { hub } = this;
    const tabId = port.sender?.tab?.id;
    const frame = frameTokenOf(port.sender?.url);
    const key = `${tabId}:${frame}`;
    const post = (event: PortEvent): void => {
      try {
        port.postMessage(event);
      } catch {
        // The panel is gone; onDisconnect cleans up.
      }
    };
    let session: Session | undefined;
    let unsubscribe: (() => void) | undefined;
    let stopWatching: (() => void) | undefined;
    let waiting: ((session: Session) => void) | undefined;

    const attach = async (found: Session): Promise<void> => {
      if (session) return;
      session = found;
      // Replay the run first: it started at the click and may already hold text.
      if (!hub.hasRun(found.id)) hub.start(found); // none after a worker restart
      unsubscribe = hub.subscribe(found.id, post);
      const settled = await hub.setup(found.id);
      const setup = settled?.profileId
        ? settled
        : await whoSpeaks({ context: found.context }).then((s) => s.setup);
      post({ type: 'session', sessionId: found.id, context: found.context, ...setup });
      // Profiles edited in the options page show up in the open panel at once.
      const watch = liveQuery(() => getDb().profiles.orderBy('name').toArray()).subscribe({
        next: (list) => post({ type: 'profiles', profiles: list.map(summarize) }),
        error: () => undefined,
      });
      const stopSaved = watchSaved(post);
      stopWatching = () => {
        watch.unsubscribe();
        stopSaved();
      };
    };

    port.onMessage.addListener(async (raw: unknown) => {
      const request = PortRequestSchema.safeParse(raw);
      if (!request.success) return post({ type: 'error', generation: 0, error: malformed() });
      const message = request.data;
      if (message.type === 'attach') {
        if (tabId === undefined || !frame) return post({ type: 'error', generation: 0, error: expired() });
        const found = await sessionForFrame(tabId, frame);
        if (found) return attach(found);
        const waiter = (s: Session): void => void attach(s);
        this.waiting.set(key, waiter); // loaded ahead of the click
        waiting = waiter;
        return;
      }
      if (!session) return post({ type: 'error', generation: 0, error: expired() });
      if (isSavedRequest(message)) return answerSaved(message, session, hub, post);
      if (message.type === 'generate')
        hub.start(session, { profileId: message.profileId, nudge: message.nudge, force: message.force });
      else if (message.type === 'fix')
        hub.start(session, {
          profileId: message.profileId,
          rewrite: { index: message.index, text: message.text, instruction: message.instruction },
          force: true,
        });
      else if (message.type === 'retryNow') hub.retryNow(session.id);
      else if (message.type === 'forget') {
        const profile = hub.author(session.id).profile;
        if (profile && session.context.commenter)
          await forgetPerson(personId(profile.id, session.context.platform, session.context.commenter));
        post({ type: 'memory', count: 0, forgotten: true });
      } else if (message.type === 'useSelection') {
        const read = await this.readSelection(session).catch(() => undefined);
        post({ type: 'selection', found: Boolean(read) });
        if (!read) return;
        session = read;
        post({
          type: 'session',
          sessionId: read.id,
          context: read.context,
          ...(await whoSpeaks({ context: read.context })).setup,
        });
        hub.start(read, { profileId: message.profileId });
      } else hub.stop(session.id);
    });

    port.onDisconnect.addListener(() => {
      if (waiting && this.waiting.get(key) === waiting) this.waiting.delete(key);
      unsubscribe?.();
      stopWatching?.();
      if (session && !hub.hasListeners(session.id)) hub.end(session.id);
    });
  }
}
