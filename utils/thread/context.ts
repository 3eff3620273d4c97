import { z } from 'zod';
import { LANGUAGE_TAG } from '@/utils/text/language';
import { LIMITS } from './limits';
import { PLATFORMS, SURFACES, type Platform, type Surface } from './platform';

export const PlatformSchema = z.enum(PLATFORMS);
export const SurfaceSchema = z.enum(SURFACES);
export type { Platform, Surface };

const AuthoredTextSchema = z.object({
  author: z.string().max(LIMITS.author),
  text: z.string().max(LIMITS.post),
});
export type AuthoredText = z.infer<typeof AuthoredTextSchema>;

/** A comment's id on its platform (an X status id, a LinkedIn comment id): digits, or a short token. */
export const CommentIdSchema = z.string().regex(/^[\w-]{1,40}$/);

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
  /** The id of the comment answered, where the page shows it (to find it in the comment queue). */
  commentId: CommentIdSchema.optional(),
  /**
   * Who wrote the text answered, as the platform names them for good: an X handle (without "@"), a
   * LinkedIn profile path ("/in/jane-doe/"). The key of commenter memory.
   */
  commenter: z.string().max(200).optional(),
  /** What the manager has already typed in the box. */
  draft: z.string().max(LIMITS.draft),
  /** BCP 47 language the page declares for the text being answered, if any. */
  language: z.string().regex(LANGUAGE_TAG).optional(),
  /** On other sites (the generic mode): which site, its name, and its stated limit if it has one. */
  site: z
    .object({
      host: z.string().max(253),
      name: z.string().max(80),
      limit: z.number().int().min(1).max(100_000).optional(),
    })
    .optional(),
  /** How the text being answered was chosen in the generic mode: the manager's selection, or a guess. */
  answeredFrom: z.enum(['selection', 'nearest']).optional(),
});
export type ThreadContext = z.infer<typeof ThreadContextSchema>;

/** The text the reply answers: the comment when there is one, else the post. */
export function answeredText(context: ThreadContext): AuthoredText | undefined {
  return context.comment ?? context.post;
}
