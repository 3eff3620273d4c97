import { z } from 'zod';
import { ProfileSummarySchema } from '@/utils/brand/profile';
import { SavedEntrySchema } from '@/utils/saved/schema';
import { TriageSchema } from '@/utils/safety/triage';
import { ThreadContextSchema } from '@/utils/thread/context';
import { SessionIdSchema, UserErrorSchema } from './schemas';

/** The suggestion port: the panel watches one session's generation stream and asks for new runs. */
export const SUGGEST_PORT = 'suggest';

const draftIndex = z.number().int().min(0).max(9);
const savedId = z.string().min(1).max(64);

export const PortRequestSchema = z.discriminatedUnion('type', [
  /** The panel is ready: the background hands it the session of its frame as soon as there is one. */
  z.object({ type: z.literal('attach') }).strict(),
  z
    .object({
      type: z.literal('generate'),
      profileId: z.string().max(64).optional(),
      /** A short instruction from the manager: "shorter", "more formal", "mention the webinar"… */
      nudge: z.string().max(300).optional(),
      /** "Try anyway" after an answer that stopped requests to this endpoint. */
      force: z.boolean().optional(),
    })
    .strict(),
  z.object({ type: z.literal('stop') }).strict(),
  /** "Forget this person": the commenter memory of the person answered, for the profile speaking. */
  z.object({ type: z.literal('forget') }).strict(),
  /** During a wait before the next attempt (a rate limit): try now instead. */
  z.object({ type: z.literal('retryNow') }).strict(),
  /** "Use my selection instead": read the manager's selection on the page as the text answered, and write again. */
  z.object({ type: z.literal('useSelection'), profileId: z.string().max(64).optional() }).strict(),
  /** Rewrite one draft: fix the brand-rule problems listed, or shorten it. Only that draft changes. */
  z
    .object({
      type: z.literal('fix'),
      index: draftIndex,
      text: z.string().min(1).max(5000),
      instruction: z.string().min(1).max(1000),
      profileId: z.string().max(64).optional(),
    })
    .strict(),
  /** "Adapt" a saved reply to the comment: its variables filled here, its required passages marked [[…]]. */
  z
    .object({
      type: z.literal('adapt'),
      savedId,
      text: z.string().min(1).max(5000),
      profileId: z.string().max(64).optional(),
    })
    .strict(),
  /** A saved reply was copied from the panel: one more use. */
  z.object({ type: z.literal('savedCopied'), savedId }).strict(),
]);
export type PortRequest = z.infer<typeof PortRequestSchema>;

export const PortEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('session'),
    sessionId: SessionIdSchema,
    context: ThreadContextSchema,
    /** The profile that speaks unless the manager picks another: bound to the account, or the default. */
    profileId: z.string(),
    configured: z.boolean(),
  }),
  /** The brand profiles, sent on attach and again whenever one changes anywhere in the extension. */
  z.object({ type: z.literal('profiles'), profiles: z.array(ProfileSummarySchema) }),
  /** Every saved reply with its use count, sent on attach and again whenever one changes or is used. */
  z.object({ type: z.literal('saved'), replies: z.array(SavedEntrySchema).max(2000) }),
  z.object({
    type: z.literal('started'),
    generation: z.number(),
    profileId: z.string(),
    /** Where the request goes ("api.openai.com", "on-device"), for "waiting for …". */
    endpoint: z.string().max(300),
    /** Set for a rewrite of one draft: only that draft is replaced. */
    target: draftIndex.optional(),
    /** Set for "Adapt": the saved reply being adapted (its text comes as draft 0's deltas). */
    saved: savedId.optional(),
  }),
  z.object({ type: z.literal('triage'), generation: z.number(), triage: TriageSchema }),
  z.object({ type: z.literal('delta'), generation: z.number(), index: draftIndex, text: z.string() }),
  z.object({ type: z.literal('reset'), generation: z.number(), index: draftIndex }),
  z.object({ type: z.literal('done'), generation: z.number(), complete: z.boolean(), stopped: z.boolean() }),
  z.object({
    type: z.literal('error'),
    generation: z.number(),
    error: UserErrorSchema,
    /** Nothing more goes to this endpoint until the manager acts (the panel offers "Try anyway"). */
    blocked: z.boolean().optional(),
  }),
  /**
   * Commenter memory, when the profile speaking remembers people: how many conversations we had with
   * the person answered, and the last one (its date and reading). `count` 0: none, or just forgotten.
   */
  z.object({
    type: z.literal('memory'),
    count: z.number().int().min(0),
    last: z
      .object({
        at: z.number(),
        intent: z.string().max(20),
        sentiment: z.string().max(20),
        topics: z.array(z.string().max(30)).max(10),
      })
      .optional(),
    forgotten: z.boolean().optional(),
  }),
  /** The answer to "use my selection instead": nothing was selected on the page (found false). */
  z.object({ type: z.literal('selection'), found: z.boolean() }),
  /** An attempt failed and the next one waits (a rate limit's retry-after): said at once, counted down. */
  z.object({
    type: z.literal('waiting'),
    generation: z.number(),
    error: UserErrorSchema,
    /** When the next attempt goes (epoch milliseconds). */
    until: z.number(),
    attempt: z.number().int(),
  }),
]);
export type PortEvent = z.infer<typeof PortEventSchema>;
