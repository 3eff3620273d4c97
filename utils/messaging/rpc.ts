import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { toUserError, userError, UserFacingError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import {
  backgroundProtocol,
  contentProtocol,
  type BackgroundProtocol,
  type ContentProtocol,
  type Protocol,
} from './protocol';
import { UserErrorSchema } from './schemas';
import type { Payload, Result, SendableFrom, SenderKind } from './senders';

/** The request/response machinery of the protocol (utils/messaging/protocol.ts), for extension contexts. */
const EnvelopeSchema = z.object({ type: z.string().max(64), payload: z.unknown() });
const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
export type Reply = z.infer<typeof ReplySchema>;

function unwrap<P extends Protocol, K extends keyof P>(protocol: P, type: K, reply: unknown): Result<P, K> {
  const parsed = ReplySchema.safeParse(reply);
  if (!parsed.success)
    throw new UserFacingError(
      userError('internal', t('errors.noAnswer.title'), t('errors.noAnswer.detailExtension'), 'reload-tab'),
    );
  if (!parsed.data.ok) throw new UserFacingError(parsed.data.error);
  return protocol[type]!.result.parse(parsed.data.value) as Result<P, K>;
}

/** A caller of the background for pages of kind `S`: sending a message `S` may not send is a type error. */
function backgroundCaller<S extends SenderKind>() {
  return async <K extends SendableFrom<BackgroundProtocol, S>>(
    type: K,
    payload: Payload<BackgroundProtocol, K>,
  ): Promise<Result<BackgroundProtocol, K>> => {
    const reply: unknown = await browser.runtime.sendMessage({ type, payload });
    return unwrap(backgroundProtocol, type, reply);
  };
}

/** From the extension's own pages (options, side panel, guide). */
export const callAsExtension = backgroundCaller<'extension'>();
/** From the suggestion panel, which is also an extension page. */
export const callAsPanel = backgroundCaller<'panel' | 'extension'>();
/** From the playground, which hosts composers the way a content script does. */
export const callAsPlayground = backgroundCaller<'playground' | 'extension'>();

/** The background calls a tab's content script (the top frame, or the generic mode's frame). */
export async function callContent<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: Payload<ContentProtocol, K>,
  frameId = 0,
): Promise<Result<ContentProtocol, K>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, payload }, { frameId });
  return unwrap(contentProtocol, type, reply);
}

/** The same calls, to the extension's playground page in a tab (extension pages do not get tabs.sendMessage). */
export async function callPlayground<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: Payload<ContentProtocol, K>,
): Promise<Result<ContentProtocol, K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload, tabId });
  return unwrap(contentProtocol, type, reply);
}

export type Handlers<P extends Protocol> = {
  [K in keyof P]: (
    payload: z.output<P[K]['payload']>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Result<P, K>> | Result<P, K>;
};

/**
 * Answers the messages of `protocol`: checks who sent it, validates the payload, runs the handler, and
 * turns any failure into a structured error. Unknown or malformed messages change nothing.
 */
export function answerMessages<P extends Protocol>(
  protocol: P,
  handlers: Handlers<P>,
  senderKind: (sender: Browser.runtime.MessageSender) => SenderKind[],
): (message: unknown, sender: Browser.runtime.MessageSender) => Promise<Reply> | undefined {
  return (message, sender) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !Object.hasOwn(protocol, envelope.data.type)) {
      return Promise.resolve(rejectMessage(t('errors.refused.notProtocol')));
    }
    const type = envelope.data.type as keyof P & string;
    const def = protocol[type]!;
    const kinds = senderKind(sender);
    if (!def.from.some((kind) => kinds.includes(kind))) {
      return Promise.resolve(rejectMessage(t('errors.refused.sender', [type])));
    }
    const payload = def.payload.safeParse(envelope.data.payload);
    if (!payload.success) {
      const issue = payload.error.issues[0];
      return Promise.resolve(
        rejectMessage(
          t('errors.refused.invalid', [type, issue?.path.join('.') || 'payload', issue?.message ?? '']),
        ),
      );
    }
    return (async (): Promise<Reply> => {
      try {
        const value: unknown = await handlers[type](
          payload.data as z.output<P[typeof type]['payload']>,
          sender,
        );
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toUserError(error) };
      }
    })();
  };
}

const rejectMessage = (detail: string): Reply => ({
  ok: false,
  error: userError('invalid-message', t('errors.refused.title'), detail),
});
