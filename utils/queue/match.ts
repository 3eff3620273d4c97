import type { ThreadContext } from '@/utils/thread/context';
import { postIdOf, threadKey } from './key';
import { getThread, type StoredItem, type StoredThread } from './store';

/** Between the comment queue and the reply boxes: which comment a box answers, and a comment as a reply's thread. */
/** The queue item a reply box answers: by the id the page shows, else by its exact author and text. */
export function itemFor(thread: StoredThread, context: ThreadContext): StoredItem | undefined {
  if (context.commentId) return thread.items.find((item) => item.id === context.commentId);
  const comment = context.comment;
  if (!comment) return undefined;
  const same = thread.items.filter(
    (item) => item.text === comment.text && comment.author.startsWith(item.author),
  );
  return same.length === 1 ? same[0] : undefined;
}

export const threadOfContext = (context: ThreadContext): string | undefined => {
  const post = postIdOf(context.url);
  return post ? threadKey(post.platform, post.postId) : undefined;
};

/** The thread as a reply's context, for a comment of the queue (pre-drafting). */
export function contextFor(thread: StoredThread, item: StoredItem): ThreadContext {
  return {
    platform: thread.platform,
    surface: thread.surface,
    url: thread.url,
    ...(thread.replyingAs ? { replyingAs: thread.replyingAs } : {}),
    ...(thread.post ? { post: thread.post } : {}),
    comment: { author: item.author, text: item.text },
    commentId: item.id,
    draft: '',
    ...(item.lang ? { language: item.lang } : {}),
  };
}

/** The stored queue and the comment of it a reply box answers, if it is one. */
export async function queuedFor(
  context: ThreadContext,
): Promise<{ thread: StoredThread; item: StoredItem } | undefined> {
  const id = threadOfContext(context);
  const thread = id ? await getThread(id) : undefined;
  const item = thread && itemFor(thread, context);
  return thread && item ? { thread, item } : undefined;
}
