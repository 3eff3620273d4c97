import { z } from 'zod';
import { ProfileSummarySchema } from '@/utils/brand/profile';
import { TriageSchema } from '@/utils/safety/triage';
import { ThreadContextSchema } from '@/utils/thread/context';
import { SessionIdSchema, UserErrorSchema } from './schemas';

/** The suggestion port: the panel watches one session's generation stream and asks for new runs. */
export const SUGGEST_PORT = 'suggest';

const draftIndex = z.number().int().min(0).max(9);

export const PortRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('attach'), sessionId: SessionIdSchema }).strict(),
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
      index: draftIndex,
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
    target: draftIndex.optional(),
  }),
  z.object({ type: z.literal('triage'), generation: z.number(), triage: TriageSchema }),
  z.object({ type: z.literal('delta'), generation: z.number(), index: draftIndex, text: z.string() }),
  z.object({ type: z.literal('reset'), generation: z.number(), index: draftIndex }),
  z.object({ type: z.literal('done'), generation: z.number(), complete: z.boolean(), stopped: z.boolean() }),
  z.object({ type: z.literal('error'), generation: z.number(), error: UserErrorSchema }),
]);
export type PortEvent = z.infer<typeof PortEventSchema>;
