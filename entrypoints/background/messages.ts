import { browser } from 'wxt/browser';
import { userError, UserFacingError } from '@/utils/errors';
import { answerMessages, backgroundProtocol, callContent, type Handlers } from '@/utils/messaging';
import type { GenerationHub } from './generation';
import { classifySender } from './senders';
import { createSession, dropSession, getSession, type Session } from './sessions';
import { getPublicSettings, saveSettings, testConnection } from './settings-handlers';

/** How long a run started at "Suggest reply" waits for its panel to attach before it is dropped. */
const ATTACH_GRACE_MS = 20_000;

const composerGone = () =>
  new UserFacingError(
    userError(
      'no-composer',
      'The reply box is no longer there',
      'The page changed or was reloaded. Copy the draft, or click “Suggest reply” again.',
    ),
  );

async function sessionFor(sessionId: string, tabId: number | undefined): Promise<Session> {
  const session = await getSession(sessionId);
  if (!session || session.tabId !== tabId)
    throw new UserFacingError(
      userError('session-expired', 'This panel has expired', 'Close it and click “Suggest reply” again.'),
    );
  return session;
}

export function setUpMessages(hub: GenerationHub): void {
  const handlers: Handlers<typeof backgroundProtocol> = {
    async 'panel.open'({ context }, sender) {
      const session = await createSession(sender.tab!.id!, context);
      hub.start(session);
      setTimeout(() => {
        if (!hub.hasListeners(session.id)) hub.end(session.id);
      }, ATTACH_GRACE_MS);
      return { sessionId: session.id };
    },
    async 'panel.close'({ sessionId }, sender) {
      const session = await sessionFor(sessionId, sender.tab?.id);
      hub.end(session.id);
      await dropSession(session.id);
      const result = await callContent(session.tabId, 'composer.closePanel', { sessionId }).catch(() => ({
        closed: false,
      }));
      return result;
    },
    async 'panel.insert'({ sessionId, text }, sender) {
      const session = await sessionFor(sessionId, sender.tab?.id);
      try {
        return await callContent(session.tabId, 'composer.insert', { sessionId, text });
      } catch (error) {
        if (error instanceof Error && error.name === 'MessageError') throw error;
        throw composerGone();
      }
    },
    'settings.get': () => getPublicSettings(),
    'settings.save': (payload) => saveSettings(payload),
    'settings.test': (payload) => testConnection(payload),
    async 'options.open'() {
      await browser.runtime.openOptionsPage();
      return {};
    },
  };
  const answer = answerMessages(backgroundProtocol, handlers, classifySender);
  browser.runtime.onMessage.addListener((message: unknown, sender) => answer(message, sender));
}
