import { z } from 'zod';
import {
  PROVIDER_KINDS,
  PriceSchema,
  PublicSettingsSchema,
  TestResultSchema,
} from '@/utils/storage/settings-schema';
import { ThreadContextSchema } from '@/utils/thread/context';
import { PLATFORMS } from '@/utils/thread/platform';
import { Empty, FrameTokenSchema, InsertResultSchema, SessionIdSchema } from './schemas';
import type { SenderKind } from './senders';

/**
 * The one protocol between the extension's contexts. Every message is `{ type, payload }`; every reply
 * is `{ ok: true, value }` or `{ ok: false, error }`. Receivers validate both the payload and the sender,
 * and a sender may only send what its `from` lists (checked by the compiler at the sending end too).
 */
export interface MessageDef {
  from: readonly SenderKind[];
  payload: z.ZodType;
  result: z.ZodType;
}
export type Protocol = Record<string, MessageDef>;

export const TabStatusSchema = z.object({
  /** The site of the tab the side panel is about, if it is one the extension works on. */
  site: z.enum(PLATFORMS).nullable(),
  /** For another site (the generic mode): its host. */
  host: z.string().max(253).optional(),
  recognised: z.number().int(),
  unrecognised: z.boolean(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

const text = z.string().min(1).max(5000);

const names = z.array(z.string().max(60)).max(60);
export const HealthSchema = z.object({
  surfaces: z.array(z.object({ surface: z.string().max(40), matched: names, missing: names })).max(10),
});
export type Health = z.infer<typeof HealthSchema>;

/** Messages the background answers. */
export const backgroundProtocol = {
  'panel.open': {
    from: ['content', 'generic', 'playground'],
    /** `frame`: the token of the panel frame made for it; the background hands that frame its session. */
    payload: z.object({ context: ThreadContextSchema, frame: FrameTokenSchema }).strict(),
    result: z.object({ sessionId: SessionIdSchema }),
  },
  /** The panel's close button, or Escape in the reply box (the content script closes its frame first). */
  'panel.close': {
    from: ['panel', 'content', 'generic', 'playground'],
    payload: z.object({ sessionId: SessionIdSchema }).strict(),
    result: z.object({ closed: z.boolean() }),
  },
  'panel.insert': {
    from: ['panel'],
    payload: z
      .object({
        sessionId: SessionIdSchema,
        text,
        /** The profile that wrote the draft, and whether the manager changed it (to learn from edits). */
        profileId: z.string().max(64).optional(),
        edited: z.boolean().optional(),
        /** A saved reply, inserted as it is or as the model adapted it (counted, and logged as such). */
        saved: z.object({ id: z.string().min(1).max(64), mode: z.enum(['exact', 'adapted']) }).optional(),
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
  'composer.focused': { from: ['content', 'generic'], payload: Empty, result: z.object({}) },
  /** The side panel sends a text to the box the manager last focused, in a LinkedIn or X tab. */
  'sidepanel.insert': {
    from: ['extension'],
    payload: z.object({ text }).strict(),
    result: InsertResultSchema,
  },
  /** What the side panel says about the current LinkedIn or X tab. */
  'status.get': { from: ['extension'], payload: Empty, result: TabStatusSchema },
  /** A bug report on that tab's page: the extension's version and which selectors match, no page text. */
  'health.report': {
    from: ['extension'],
    payload: Empty,
    result: z.object({ report: z.string().max(8000) }),
  },
  'settings.get': { from: ['extension'], payload: Empty, result: PublicSettingsSchema },
  'settings.save': {
    from: ['extension'],
    payload: z
      .object({
        kind: z.enum(PROVIDER_KINDS).optional(),
        presetId: z.string().max(20).optional(),
        baseURL: z.string().max(500),
        model: z.string().max(200),
        price: PriceSchema.nullable().optional(),
        /** Omitted: keep the key stored for this endpoint. Empty string: remove it. */
        apiKey: z.string().max(500).optional(),
        /** The manager confirmed "use the same key for this endpoint": the origin whose key to copy. */
        reuseKeyFrom: z.string().max(300).optional(),
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
        reuseKeyFrom: z.string().max(300).optional(),
      })
      .strict(),
    result: TestResultSchema,
  },
  'options.open': { from: ['panel', 'extension'], payload: Empty, result: z.object({}) },
  /** The interface language's messages for a LinkedIn or X page, when the manager chose one. */
  'i18n.page': {
    from: ['content', 'generic'],
    payload: Empty,
    result: z.object({ catalog: z.record(z.string(), z.object({ message: z.string() })) }),
  },
} as const satisfies Protocol;

/** Messages the content script (top frame) answers, sent by the background only. */
export const contentProtocol = {
  'composer.insert': {
    from: ['extension'],
    payload: z.object({ sessionId: SessionIdSchema, text }).strict(),
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
    payload: z.object({ text }).strict(),
    result: InsertResultSchema,
  },
  'composer.closePanel': {
    from: ['extension'],
    payload: z.object({ sessionId: SessionIdSchema }).strict(),
    result: z.object({ closed: z.boolean() }),
  },
  /** "Use my selection instead": the thread again, with the manager's selection as the text answered. */
  'composer.readSelection': {
    from: ['extension'],
    payload: z.object({ sessionId: SessionIdSchema }).strict(),
    result: z.object({ context: ThreadContextSchema.optional() }),
  },
  /** Which adapter selectors match nothing on this page (for a bug report: names only, no page text). */
  'composer.health': { from: ['extension'], payload: Empty, result: HealthSchema },
} as const satisfies Protocol;

export type BackgroundProtocol = typeof backgroundProtocol;
export type ContentProtocol = typeof contentProtocol;
