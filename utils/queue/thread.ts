import { z } from 'zod';
import { LANGUAGE_TAG } from '@/utils/text/language';
import { CommentIdSchema, PlatformSchema, SurfaceSchema } from '@/utils/thread/context';
import { LIMITS } from '@/utils/thread/limits';
import { QUEUE_BOUND } from './key';

/**
 * A thread as the content script reads it for the comment queue: the post, and every comment and reply
 * loaded in the page, in page order, up to QUEUE_BOUND. It crosses from the page to the background, so it
 * is validated there; every text is already cleaned and bounded by the reader.
 */
export { QUEUE_BOUND };

export { CommentIdSchema };

export const ThreadItemSchema = z.object({
  id: CommentIdSchema,
  author: z.string().max(LIMITS.author),
  /** An X @handle (without "@"), or the path of a LinkedIn profile: who wrote it, for "answered" and memory. */
  handle: z.string().max(200).optional(),
  text: z.string().max(LIMITS.comment),
  /** ISO 8601, where the page shows a time. */
  time: z.string().max(40).optional(),
  /** The language the page states for the text. */
  lang: z.string().regex(LANGUAGE_TAG).optional(),
  /** Written by the account the manager replies as. */
  byBrand: z.boolean(),
  /** X: the handle it says it is "Replying to" (when that is not the post's author). */
  replyingTo: z.string().max(40).optional(),
  /** LinkedIn: the top-level comment it sits under (its own id when it is one). */
  topLevelId: CommentIdSchema.optional(),
});
export type ThreadItem = z.infer<typeof ThreadItemSchema>;

export const ThreadReadSchema = z.object({
  platform: PlatformSchema,
  surface: SurfaceSchema,
  /** The post's own address, as the page shows it. */
  url: z.string().max(LIMITS.url),
  /** The post's id on its platform: the queue's key with the platform. */
  postId: CommentIdSchema,
  post: z.object({ author: z.string().max(LIMITS.author), text: z.string().max(LIMITS.post) }).optional(),
  replyingAs: z.string().max(LIMITS.account).optional(),
  items: z.array(ThreadItemSchema).max(QUEUE_BOUND),
  /** More comments were loaded in the page than the bound: only the first QUEUE_BOUND were read. */
  truncated: z.boolean(),
});
export type ThreadRead = z.infer<typeof ThreadReadSchema>;
