import { browser, type Browser } from 'wxt/browser';
import { isUserError, toUserError, userError, type UserError } from '@/utils/errors';
import type { ContentProtocol, Payload, Result } from './protocol';
import type { ThreadContext } from '@/utils/thread/context';
import { t, type Catalog } from '@/utils/i18n/i18n';

/**
 * The content script's side of the protocol in utils/messaging.ts. It carries no zod (the content
 * script loads on every LinkedIn and X page, so it stays small): it sends one message, and answers the
 * background's two messages with hand-written checks. Types come from the protocol file.
 */

export class ContentMessageError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.title);
  }
}

/** Asks the background to open a panel session for this thread; resolves to its id. */
export async function openPanelSession(context: ThreadContext): Promise<string> {
  const reply = (await browser.runtime.sendMessage({ type: 'panel.open', payload: { context } })) as
    { ok: true; value: { sessionId?: unknown } } | { ok: false; error: unknown } | undefined;
  if (reply?.ok && typeof reply.value?.sessionId === 'string') return reply.value.sessionId;
  throw new ContentMessageError(
    reply && !reply.ok && isUserError(reply.error)
      ? reply.error
      : userError('internal', t('errors.noAnswer.title'), t('errors.noAnswer.detailTab'), 'reload-tab'),
  );
}

/** Tells the background the manager focused a reply or post box here (for the side panel's "Send to composer"). */
export async function reportComposerFocus(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'composer.focused', payload: {} });
}

/** Tells the background how many composers this page has, and whether one was not recognised. */
export async function reportPageStatus(status: { recognised: number; unrecognised: boolean }): Promise<void> {
  await browser.runtime.sendMessage({ type: 'page.status', payload: status });
}

/** The chosen interface language's messages for this page (see utils/page/language.ts). */
export async function callPageCatalog(): Promise<Catalog | undefined> {
  const reply = (await browser.runtime.sendMessage({ type: 'i18n.page', payload: {} })) as
    { ok: true; value: { catalog?: unknown } } | { ok: false } | undefined;
  const catalog = reply?.ok ? reply.value.catalog : undefined;
  if (!catalog || typeof catalog !== 'object') return undefined;
  // Messages only: strings, nothing else (the background is trusted, but this is cheap to check).
  const entries = Object.entries(catalog as Record<string, { message?: unknown }>).filter(
    ([, entry]) => typeof entry?.message === 'string',
  );
  return Object.fromEntries(entries) as Catalog;
}

export async function closePanelSession(sessionId: string): Promise<void> {
  await browser.runtime.sendMessage({ type: 'panel.close', payload: { sessionId } });
}

type ContentHandlers = {
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
      throw userError('invalid-message', t('errors.refused.title'), t('errors.refused.unknown'));
    };
    return run().then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: toUserError(error) }),
    );
  });
}
