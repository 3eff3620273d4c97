import { z } from 'zod';
import { LANGUAGE_TAG } from '@/utils/text/language';
import { CommentIdSchema, PlatformSchema, SurfaceSchema } from '@/utils/thread/context';
import { LIMITS } from '@/utils/thread/limits';
import { VOICE_BOUND } from './bounds';

/**
 * "Learn our voice from these posts": what the content script reads on a brand's own page (a LinkedIn
 * company page or member's activity, an X profile), and what the model proposes from it. The reading
 * crosses from the page to the background, so it is validated there; every text is already cleaned and
 * bounded by the reader (utils/platforms/voice-posts.ts).
 */
export { VOICE_BOUND };

export const VoicePostSchema = z.object({
  id: CommentIdSchema,
  text: z.string().min(1).max(LIMITS.post),
  /** The post's own page: kept with an example made from it. */
  url: z.string().max(LIMITS.url),
  /** ISO 8601, where the page shows a time. */
  time: z.string().max(40).optional(),
  lang: z.string().regex(LANGUAGE_TAG).optional(),
});
export type VoicePost = z.infer<typeof VoicePostSchema>;

export const VoiceReadSchema = z.object({
  platform: PlatformSchema,
  surface: SurfaceSchema,
  url: z.string().max(LIMITS.url),
  /** Whose page it is, as the page names it (an @handle, a company's name). */
  account: z.string().max(LIMITS.account),
  posts: z.array(VoicePostSchema).max(VOICE_BOUND),
  /** The page showed more of the brand's posts than the bound: only the first were read. */
  truncated: z.boolean(),
  /** Read from the brand's own replies on a post's thread, not from its page of posts. */
  replies: z.boolean().optional(),
});
export type VoiceRead = z.infer<typeof VoiceReadSchema>;

export const PROPOSAL_KINDS = ['descriptor', 'do', 'dont', 'example'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** One proposal the manager accepts or rejects; nothing of it is saved before they accept it. */
export const ProposalSchema = z.object({
  id: z.string().regex(/^[\w-]{1,60}$/),
  kind: z.enum(PROPOSAL_KINDS),
  text: z.string().min(1).max(LIMITS.post),
  /** An example's post: where it was published, and when (the date, YYYY-MM-DD, when the page showed it). */
  source: z
    .object({
      url: z.string().max(LIMITS.url),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    })
    .optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

export const VoiceLearnResultSchema = z.object({
  proposals: z.array(ProposalSchema).max(40),
  /** How many posts went into the one request. */
  posts: z.number().int(),
  model: z.string().max(200),
});
export type VoiceLearnResult = z.infer<typeof VoiceLearnResultSchema>;
