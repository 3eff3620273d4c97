import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { ProfileSummarySchema } from '@/utils/brand/profile';
import { USER_ERROR_ACTIONS, USER_ERROR_CODES, toUserError, userError, type UserError } from '@/utils/errors';
import { HistoryItemSchema, MAX_HISTORY } from '@/utils/brainstorm/conversation';
import { TriageSchema } from '@/utils/safety/triage';
import { ThreadContextSchema } from '@/utils/thread/context';
import { t } from '@/utils/i18n/i18n';

/**
 * The one protocol between the extension's contexts. Every message is `{ type, payload }`; every reply
 * is `{ ok: true, value }` or `{ ok: false, error }`. Receivers validate both the payload and the sender.
 *
 * Who may send what:
 * - `content`: the content script in the top frame of linkedin.com / x.com / twitter.com;
 * - `panel`: the suggestion panel (an extension page framed beside the composer);
 * - `extension`: any page of the extension itself (options, side panel, panel);
 * - `playground`: the extension's own practice page, which hosts composers like a content script does.
 */
export type SenderKind = 'content' | 'panel' | 'extension' | 'playground';

export const UserErrorSchema = z.object({
  code: z.enum(USER_ERROR_CODES),
  title: z.string().max(300),
  detail: z.string().max(1000),
  action: z.enum(USER_ERROR_ACTIONS).optional(),
}) satisfies z.ZodType<UserError>;

export const InsertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), method: z.string() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
export type InsertResult = z.infer<typeof InsertResultSchema>;

const PriceSchema = z.object({ input: z.number().min(0).max(1000), output: z.number().min(0).max(1000) });

export const PublicSettingsSchema = z.object({
  kind: z.enum(['openai-compatible', 'on-device']),
  presetId: z.string(),
  baseURL: z.string(),
  model: z.string(),
  price: PriceSchema.optional(),
  firstTokenTimeoutMs: z.number(),
  totalTimeoutMs: z.number(),
  hasKey: z.boolean(),
  maskedKey: z.string(),
});
export type PublicSettings = z.infer<typeof PublicSettingsSchema>;

const sessionId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const TabStatusSchema = z.object({
  /** The site of the tab the side panel is about, if it is one the extension works on. */
  site: z.enum(['x', 'linkedin']).nullable(),
  recognised: z.number().int(),
  unrecognised: z.boolean(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;
const Empty = z.object({}).strict();

export const TestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), models: z.array(z.string()).max(500), modelFound: z.boolean() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
export type TestResult = z.infer<typeof TestResultSchema>;

/** Messages the background answers. */
export const backgroundProtocol = {
  'panel.open': {
    from: ['content', 'playground'],
    payload: z.object({ context: ThreadContextSchema }).strict(),
    result: z.object({ sessionId }),
  },
  'panel.close': {
    from: ['panel'],
    payload: z.object({ sessionId }).strict(),
    result: z.object({ closed: z.boolean() }),
  },
  'panel.insert': {
    from: ['panel'],
    payload: z
      .object({
        sessionId,
        text: z.string().min(1).max(5000),
        /** The profile that wrote the draft, and whether the manager changed it (to learn from edits). */
        profileId: z.string().max(64).optional(),
        edited: z.boolean().optional(),
      })
      .strict(),
    result: InsertResultSchema,
  },
  'page.status': {
    from: ['content'],
    payload: z
      .object({ recognised: z.number().int().min(0).max(10_000), unrecognised: z.boolean() })
      .strict(),
    result: z.object({}),
  },
  /** The content script saw the manager focus a reply or post box (for "Send to composer"). */
  'composer.focused': { from: ['content'], payload: Empty, result: z.object({}) },
  /** The side panel sends a text to the box the manager last focused, in a LinkedIn or X tab. */
  'sidepanel.insert': {
    from: ['extension'],
    payload: z.object({ text: z.string().min(1).max(5000) }).strict(),
    result: InsertResultSchema,
  },
  /** What the side panel says about the current LinkedIn or X tab. */
  'status.get': { from: ['extension'], payload: Empty, result: TabStatusSchema },
  'settings.get': { from: ['extension'], payload: Empty, result: PublicSettingsSchema },
  'settings.save': {
    from: ['extension'],
    payload: z
      .object({
        kind: z.enum(['openai-compatible', 'on-device']).optional(),
        presetId: z.string().max(20).optional(),
        baseURL: z.string().max(500),
        model: z.string().max(200),
        price: PriceSchema.nullable().optional(),
        /** Omitted: keep the stored key. Empty string: remove it. */
        apiKey: z.string().max(500).optional(),
        firstTokenTimeoutMs: z.number().int().min(1000).max(120_000).optional(),
        totalTimeoutMs: z.number().int().min(5000).max(240_000).optional(),
      })
      .strict(),
    result: PublicSettingsSchema,
  },
  'settings.test': {
    from: ['extension'],
    payload: z
      .object({
        baseURL: z.string().max(500),
        model: z.string().max(200),
        apiKey: z.string().max(500).optional(),
      })
      .strict(),
    result: TestResultSchema,
  },
  'options.open': { from: ['panel', 'extension'], payload: Empty, result: z.object({}) },
  /** The interface language's messages for a LinkedIn or X page, when the manager chose one. */
  'i18n.page': {
    from: ['content'],
    payload: Empty,
    result: z.object({ catalog: z.record(z.string(), z.object({ message: z.string() })) }),
  },
} as const satisfies Record<string, MessageDef>;

/** Messages the content script (top frame) answers, sent by the background only. */
export const contentProtocol = {
  'composer.insert': {
    from: ['extension'],
    payload: z.object({ sessionId, text: z.string().min(1).max(5000) }).strict(),
    result: InsertResultSchema,
  },
  /** The keyboard shortcut: open suggestions for the focused (or last focused) reply box. */
  'composer.suggestFocused': {
    from: ['extension'],
    payload: Empty,
    result: z.object({ opened: z.boolean() }),
  },
  'composer.insertFocused': {
    from: ['extension'],
    payload: z.object({ text: z.string().min(1).max(5000) }).strict(),
    result: InsertResultSchema,
  },
  'composer.closePanel': {
    from: ['extension'],
    payload: z.object({ sessionId }).strict(),
    result: z.object({ closed: z.boolean() }),
  },
} as const satisfies Record<string, MessageDef>;

interface MessageDef {
  from: readonly SenderKind[];
  payload: z.ZodType;
  result: z.ZodType;
}
type Protocol = Record<string, MessageDef>;
export type BackgroundProtocol = typeof backgroundProtocol;
export type ContentProtocol = typeof contentProtocol;
export type Payload<P extends Protocol, K extends keyof P> = z.input<P[K]['payload']>;
export type Result<P extends Protocol, K extends keyof P> = z.output<P[K]['result']>;

const EnvelopeSchema = z.object({ type: z.string().max(64), payload: z.unknown() });
const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
type Reply = z.infer<typeof ReplySchema>;

/** Thrown by `callBackground` / `callContent` when the other side answered with an error. */
export class MessageError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.title);
    this.name = 'MessageError';
  }
}

function unwrap<P extends Protocol, K extends keyof P>(protocol: P, type: K, reply: unknown): Result<P, K> {
  const parsed = ReplySchema.safeParse(reply);
  if (!parsed.success)
    throw new MessageError(
      userError('internal', t('errors.noAnswer.title'), t('errors.noAnswer.detailExtension'), 'reload-tab'),
    );
  if (!parsed.data.ok) throw new MessageError(parsed.data.error);
  return protocol[type]!.result.parse(parsed.data.value) as Result<P, K>;
}

export async function callBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Payload<BackgroundProtocol, K>,
): Promise<Result<BackgroundProtocol, K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  return unwrap(backgroundProtocol, type, reply);
}

export async function callContent<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: Payload<ContentProtocol, K>,
): Promise<Result<ContentProtocol, K>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 });
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

/* ---- The suggestion port: the panel watches one session's generation stream. ---- */

export const SUGGEST_PORT = 'suggest';

export const PortRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('attach'), sessionId }).strict(),
  z
    .object({
      type: z.literal('generate'),
      profileId: z.string().max(64).optional(),
      /** A short instruction from the manager: "shorter", "more formal", "mention the webinar"… */
      nudge: z.string().max(300).optional(),
    })
    .strict(),
  z.object({ type: z.literal('stop') }).strict(),
  /** Rewrite one draft: fix the brand-rule problems listed, or shorten it. Only that draft changes. */
  z
    .object({
      type: z.literal('fix'),
      index: z.number().int().min(0).max(9),
      text: z.string().min(1).max(5000),
      instruction: z.string().min(1).max(1000),
      profileId: z.string().max(64).optional(),
    })
    .strict(),
]);
export type PortRequest = z.infer<typeof PortRequestSchema>;

export const PortEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('session'),
    context: ThreadContextSchema,
    /** The profile that speaks unless the manager picks another: bound to the account, or the default. */
    profileId: z.string(),
    configured: z.boolean(),
  }),
  /** The brand profiles, sent on attach and again whenever one changes anywhere in the extension. */
  z.object({ type: z.literal('profiles'), profiles: z.array(ProfileSummarySchema) }),
  z.object({
    type: z.literal('started'),
    generation: z.number(),
    profileId: z.string(),
    /** Set for a rewrite of one draft: only that draft is replaced. */
    target: z.number().int().min(0).max(9).optional(),
  }),
  z.object({ type: z.literal('triage'), generation: z.number(), triage: TriageSchema }),
  z.object({
    type: z.literal('delta'),
    generation: z.number(),
    index: z.number().int().min(0).max(9),
    text: z.string(),
  }),
  z.object({ type: z.literal('reset'), generation: z.number(), index: z.number().int().min(0).max(9) }),
  z.object({ type: z.literal('done'), generation: z.number(), complete: z.boolean(), stopped: z.boolean() }),
  z.object({ type: z.literal('error'), generation: z.number(), error: UserErrorSchema }),
]);
export type PortEvent = z.infer<typeof PortEventSchema>;

/* ---- The side panel's brainstorming port. ---- */

export const BRAINSTORM_PORT = 'brainstorm';

export const BrainstormRequestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('ask'),
      profileId: z.string().max(64).optional(),
      history: z.array(HistoryItemSchema).min(1).max(MAX_HISTORY),
    })
    .strict(),
  z.object({ type: z.literal('stop') }).strict(),
]);
export type BrainstormRequest = z.infer<typeof BrainstormRequestSchema>;

export const BrainstormEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), profileId: z.string() }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('done'), complete: z.boolean(), stopped: z.boolean() }),
  z.object({ type: z.literal('error'), error: UserErrorSchema }),
]);
export type BrainstormEvent = z.infer<typeof BrainstormEventSchema>;
