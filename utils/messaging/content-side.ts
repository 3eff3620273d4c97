import { browser, type Browser } from 'wxt/browser';
import { isUserError, toUserError, userError, UserFacingError } from '@/utils/errors';
import { t, type Catalog } from '@/utils/i18n/i18n';
import type { ThreadContext } from '@/utils/thread/context';
import type { BackgroundProtocol, ContentProtocol } from './protocol';
import type { Payload, Result, SendableFrom } from './senders';

/**
 * The content script's side of the protocol (utils/messaging/protocol.ts). It carries no zod and no
 * runtime import of the protocol tables (the content script loads on every LinkedIn and X page, so it
 * stays small); its types come from the tables, so a message the content script may not send, or a
 * wrong payload, is a type error. It answers the background with hand-written checks.
 */
type ContentSends = SendableFrom<BackgroundProtocol, 'content'> | SendableFrom<BackgroundProtocol, 'generic'>;

type Reply<K extends ContentSends> =
  { ok: true; value: Result<BackgroundProtocol, K> } | { ok: false; error: unknown } | undefined;

const noAnswer = () =>
  userError('internal', t('errors.noAnswer.title'), t('errors.noAnswer.detailTab'), 'reload-tab');

/** Sends one message the content script may send; resolves to its value or throws a UserFacingError. */
export async function sendFromContent<K extends ContentSends>(
  type: K,
  payload: Payload<BackgroundProtocol, K>,
): Promise<Result<BackgroundProtocol, K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K>;
  if (reply?.ok) return reply.value;
  throw new UserFacingError(reply && isUserError(reply.error) ? reply.error : noAnswer());
}

/** Asks the background to open a panel session for this thread; resolves to its id. */
export async function openPanelSession(context: ThreadContext, frame: string): Promise<string> {
  const { sessionId } = await sendFromContent('panel.open', { context, frame });
  if (typeof sessionId !== 'string') throw new UserFacingError(noAnswer());
  return sessionId;
}

/** Tells the background the manager focused a reply or post box here (for the side panel's "Send to composer"). */
export const reportComposerFocus = (): Promise<unknown> => sendFromContent('composer.focused', {});

/** Tells the background how many composers this page has, and whether one was not recognised. */
export const reportPageStatus = (status: { recognised: number; unrecognised: boolean }): Promise<unknown> =>
  sendFromContent('page.status', status);

/** The chosen interface language's messages for this page (see utils/page/language.ts). */
export async function callPageCatalog(): Promise<Catalog | undefined> {
  const { catalog } = await sendFromContent('i18n.page', {});
  if (!catalog || typeof catalog !== 'object') return undefined;
  // Messages only: strings, nothing else (the background is trusted, but this is cheap to check).
  const entries = Object.entries(catalog as Record<string, { message?: unknown }>).filter(
    ([, entry]) => typeof entry?.message === 'string',
  );
  return Object.fromEntries(entries) as Catalog;
}

export type ContentHandlers = {
  [K in keyof ContentProtocol]: (
    payload: Payload<ContentProtocol, K>,
  ) => Promise<Result<ContentProtocol, K>> | Result<ContentProtocol, K>;
};

const isString = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

/** Answers the background, and only the background (a message from no tab, from our own extension). */
export function answerBackground(handlers: ContentHandlers, ownTabId?: number): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const { type, payload, tabId } = (message ?? {}) as {
      type?: unknown;
      payload?: Record<string, unknown>;
      tabId?: unknown;
    };
    // The playground gets these as broadcasts: it answers only those meant for its own tab.
    if (ownTabId !== undefined && tabId !== ownTabId) return undefined;
    const sessionId = payload?.sessionId;
    const text = payload?.text;
    const run = async (): Promise<unknown> => {
      if (type === 'composer.insert' && isString(sessionId, 64) && isString(text, 5000))
        return handlers['composer.insert']({ sessionId, text });
      if (type === 'composer.insertFocused' && isString(text, 5000))
        return handlers['composer.insertFocused']({ text });
      if (type === 'composer.suggestFocused') return handlers['composer.suggestFocused']({});
      if (type === 'composer.closePanel' && isString(sessionId, 64))
        return handlers['composer.closePanel']({ sessionId });
      if (type === 'composer.readSelection' && isString(sessionId, 64))
        return handlers['composer.readSelection']({ sessionId });
      if (type === 'composer.health') return handlers['composer.health']({});
      if (type === 'thread.read') return handlers['thread.read']({});
      if (type === 'voice.read') return handlers['voice.read']({});
      if (type === 'thread.show' && typeof payload?.id === 'string' && /^[\w-]{1,40}$/.test(payload.id))
        return handlers['thread.show']({ id: payload.id });
      throw userError('invalid-message', t('errors.refused.title'), t('errors.refused.unknown'));
    };
    return run().then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: toUserError(error) }),
    );
  });
}
