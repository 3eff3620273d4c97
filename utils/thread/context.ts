import { z } from 'zod';
import { LIMITS } from './limits';

export const PLATFORMS = ['x', 'linkedin'] as const;
export const SURFACES = ['x', 'linkedin-classic', 'linkedin-2026'] as const;

export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;
export const SurfaceSchema = z.enum(SURFACES);
export type Surface = z.infer<typeof SurfaceSchema>;

const AuthoredTextSchema = z.object({
  author: z.string().max(LIMITS.author),
  text: z.string().max(LIMITS.post),
});
export type AuthoredText = z.infer<typeof AuthoredTextSchema>;

/**
 * Everything the content script reads from the page for one reply. It crosses from the page's
 * content script to the background, so it is validated there; every text is already bounded and cleaned.
 */
export const ThreadContextSchema = z.object({
  platform: PlatformSchema,
  surface: SurfaceSchema,
  url: z.string().max(LIMITS.url),
  /** The account or page the manager replies as, when the page shows it (an @handle or a page name). */
  replyingAs: z.string().max(LIMITS.account).optional(),
  /** The post the conversation is under. */
  post: AuthoredTextSchema.optional(),
  /** The comment or reply being answered, when replying to one rather than to the post. */
  comment: AuthoredTextSchema.extend({ text: z.string().max(LIMITS.comment) }).optional(),
  /** What the manager has already typed in the box. */
  draft: z.string().max(LIMITS.draft),
  /** BCP 47 language the page declares for the text being answered, if any. */
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
});
export type ThreadContext = z.infer<typeof ThreadContextSchema>;

/** The text the reply answers: the comment when there is one, else the post. */
export function answeredText(context: ThreadContext): AuthoredText | undefined {
  return context.comment ?? context.post;
}
