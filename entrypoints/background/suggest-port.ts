import { browser, type Browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { pickProfile } from '@/utils/brand/pick-profile';
import { summarize } from '@/utils/brand/profile';
import { getDb } from '@/utils/storage/db';
import { userError } from '@/utils/errors';
import { PortRequestSchema, SUGGEST_PORT, type PortEvent } from '@/utils/messaging/suggest-port';
import { defaultProfileIdItem } from '@/utils/storage/settings';
import type { GenerationHub, RunSetup } from './generation';
import { resolveEngine } from './provider';
import { classifySender } from './senders';
import { getSession, type Session } from './sessions';
import { t } from '@/utils/i18n/i18n';

/** The profile that speaks for this thread, and whether a model is set up. */
async function currentSetup(context: Session['context']): Promise<RunSetup> {
  const [engine, profiles, defaultId] = await Promise.all([
    resolveEngine(),
    getDb().profiles.toArray(),
    defaultProfileIdItem.getValue(),
  ]);
  const profile = pickProfile(profiles, {
    defaultId,
    replyingAs: context.replyingAs,
    platform: context.platform,
  });
  return { profileId: profile.id, configured: engine.kind !== 'none' };
}

const expired = () => userError('session-expired', t('errors.expired.title'), t('errors.expired.detail'));

/**
 * The panel's live connection: it attaches to its session, receives the generation's events, and asks
 * for new generations or a stop. When the panel goes away (closed, tab navigated) the run is aborted.
 */
export function setUpSuggestPort(hub: GenerationHub): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== SUGGEST_PORT) return;
    if (!port.sender || !classifySender(port.sender).includes('panel')) {
      port.disconnect();
      return;
    }
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

    port.onMessage.addListener(async (raw: unknown) => {
      const request = PortRequestSchema.safeParse(raw);
      if (!request.success) {
        post({
          type: 'error',
          generation: 0,
          error: userError('invalid-message', t('errors.refused.title'), t('errors.refused.malformed')),
        });
        return;
      }
      const message = request.data;
      if (message.type === 'attach') {
        const found = await getSession(message.sessionId);
        if (!found || found.tabId !== port.sender?.tab?.id || session) {
          post({ type: 'error', generation: 0, error: expired() });
          return;
        }
        session = found;
        // Replay the run first: it started at the click and may already hold text.
        if (!hub.hasRun(session.id)) hub.start(session); // none after a worker restart
        unsubscribe = hub.subscribe(session.id, post);
        // What the run settled on (it started at the click); read again only if it could not settle.
        const { context } = session;
        const settled = await hub.setup(session.id);
        post({
          type: 'session',
          context,
          ...(settled?.profileId ? settled : await currentSetup(context)),
        });
        // Profiles edited in the options page show up in the open panel at once.
        const watch = liveQuery(() => getDb().profiles.orderBy('name').toArray()).subscribe({
          next: (list) => post({ type: 'profiles', profiles: list.map(summarize) }),
          error: () => undefined,
        });
        stopWatching = () => watch.unsubscribe();
        return;
      }
      if (!session) {
        post({ type: 'error', generation: 0, error: expired() });
        return;
      }
      if (message.type === 'generate')
        hub.start(session, { profileId: message.profileId, nudge: message.nudge });
      else if (message.type === 'fix')
        hub.start(session, {
          profileId: message.profileId,
          rewrite: { index: message.index, text: message.text, instruction: message.instruction },
        });
      else hub.stop(session.id);
    });

    port.onDisconnect.addListener(() => {
      unsubscribe?.();
      stopWatching?.();
      if (session && !hub.hasListeners(session.id)) hub.end(session.id);
    });
  });
}
