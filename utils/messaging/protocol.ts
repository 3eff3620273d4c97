import { z } from 'zod';
import {
  PROVIDER_KINDS,
  PriceSchema,
  PublicSettingsSchema,
  TestResultSchema,
} from '@/utils/storage/settings-schema';
import { CommentIdSchema, ThreadContextSchema } from '@/utils/thread/context';
import { ThreadReadSchema } from '@/utils/queue/thread';
import { PLATFORMS } from '@/utils/thread/platform';
import { VOICE_BOUND, VoiceLearnResultSchema, VoiceReadSchema } from '@/utils/voice/schema';
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
  /** The comment queue's key for the post the tab shows (an X status page, a LinkedIn post page). */
  threadId: z.string().max(80).nullable().optional(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

const text = z.string().min(1).max(5000);

/** A cost estimate in US dollars against today's spend and the daily cap (undefined: unknown, or none). */
export const SpendEstimateSchema = z.object({
  estimateUsd: z.number().optional(),
  tokens: z.number().int(),
  spentTodayUsd: z.number(),
  capUsd: z.number().optional(),
  /** Drafting them would go over the cap: the run is refused. */
  overCap: z.boolean(),
  count: z.number().int(),
});
export type SpendEstimate = z.infer<typeof SpendEstimateSchema>;

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
        /** null: no cap. */
        dailySpendCapUsd: z.number().min(0).max(10_000).nullable().optional(),
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
  /** "Review comments" on a post page (the manager's click): the thread goes into the comment queue. */
  'thread.review': {
    from: ['content'],
    payload: ThreadReadSchema,
    result: z.object({ threadId: z.string(), count: z.number().int() }),
  },
  /**
   * What a reviewed post's page shows now (more comments loaded, the brand's replies): merged into its
   * queue. Never starts a model request; ignored for a post that was not reviewed.
   */
  'thread.update': {
    from: ['content'],
    payload: ThreadReadSchema,
    result: z.object({ merged: z.boolean() }),
  },
  /** The side panel's "Review comments" for the current tab. */
  'thread.reviewTab': {
    from: ['extension'],
    payload: Empty,
    result: z.object({ threadId: z.string().nullable(), count: z.number().int() }),
  },
  /** Read the comments the model has not read yet (or all of them, `all`), in one batch. */
  'thread.refine': {
    from: ['extension'],
    payload: z.object({ threadId: z.string().max(80), all: z.boolean().optional() }).strict(),
    result: z.object({ started: z.boolean() }),
  },
  /** Scroll the tab to a comment of the queue and highlight it. */
  'thread.show': {
    from: ['extension'],
    payload: z.object({ threadId: z.string().max(80), id: CommentIdSchema }).strict(),
    result: z.object({ found: z.boolean() }),
  },
  /** What drafting the top `count` comments ahead would cost, against today's spend and its cap. */
  'thread.estimate': {
    from: ['extension'],
    payload: z.object({ threadId: z.string().max(80), count: z.number().int().min(1).max(50) }).strict(),
    result: SpendEstimateSchema,
  },
  /** "Draft the top N": drafts written ahead for the first N comments of the queue (refused over the cap). */
  'thread.predraft': {
    from: ['extension'],
    payload: z.object({ threadId: z.string().max(80), count: z.number().int().min(1).max(50) }).strict(),
    result: z.object({ started: z.number().int() }),
  },
  'thread.stopPredraft': {
    from: ['extension'],
    payload: z.object({ threadId: z.string().max(80) }).strict(),
    result: z.object({}),
  },
  /** "Learn our voice": the brand's posts the current tab shows (its own page), for the manager to choose. */
  'voice.posts': {
    from: ['extension'],
    payload: Empty,
    result: z.object({ read: VoiceReadSchema.nullable() }),
  },
  /**
   * "Learn our voice from these posts" (the side panel's button, never the page): the tab's posts (those
   * chosen, or all), in one bounded request, for the profile chosen; proposals back, nothing saved.
   */
  'voice.learn': {
    from: ['extension'],
    payload: z
      .object({
        profileId: z.string().min(1).max(64),
        postIds: z.array(CommentIdSchema).min(1).max(VOICE_BOUND).optional(),
      })
      .strict(),
    result: VoiceLearnResultSchema,
  },
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
  /** The thread a post page shows, for the comment queue (null on other pages). */
  'thread.read': {
    from: ['extension'],
    payload: Empty,
    result: z.object({ thread: ThreadReadSchema.nullable() }),
  },
  /** The brand's own posts this page shows (a company page, a profile), for "Learn our voice" (null elsewhere). */
  'voice.read': {
    from: ['extension'],
    payload: Empty,
    result: z.object({ read: VoiceReadSchema.nullable() }),
  },
  /** Scroll to one comment and highlight it; the manager then presses Reply. */
  'thread.show': {
    from: ['extension'],
    payload: z.object({ id: CommentIdSchema }).strict(),
    result: z.object({ found: z.boolean() }),
  },
} as const satisfies Protocol;

export type BackgroundProtocol = typeof backgroundProtocol;
export type ContentProtocol = typeof contentProtocol;
