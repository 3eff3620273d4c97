import type { UserError } from '@/utils/errors';
import { getDb } from '@/utils/storage/db';
import { answeredOnPage } from './answered';
import { readLocally, type ItemReading } from './reading';
import type { Answered, QueueItem } from './queue';
import { threadKey } from './key';
import type { ThreadRead } from './thread';

/**
 * The comment queues, one per post, in the extension's database (never in the page's DOM or storage).
 * A queue is kept as long as the AI-use log keeps its entries at most (QUEUE_RETENTION_DAYS), cleared
 * with the log, and dropped on the daily clean-up once older.
 */
export const QUEUE_RETENTION_DAYS = 14;

export interface StoredItem extends QueueItem {
  /** The local reading, kept so a later model reading is always merged onto it (never onto itself). */
  local: ItemReading;
}

export interface StoredThread {
  /** threadKey(platform, postId) */
  id: string;
  platform: ThreadRead['platform'];
  surface: ThreadRead['surface'];
  url: string;
  postId: string;
  post?: ThreadRead['post'];
  replyingAs?: string;
  /** The page held more comments than one review reads. */
  truncated: boolean;
  items: StoredItem[];
  /** The profile that speaks on this post, whose thresholds and personal topics apply. */
  profileId: string;
  /** The tab it was last read in (for "show me" and the side panel). */
  tabId?: number;
  createdAt: number;
  updatedAt: number;
  refine: {
    state: 'none' | 'running' | 'done' | 'failed' | 'local-only';
    model?: string;
    at?: number;
    requests?: number;
    error?: UserError;
  };
  predraft?: {
    state: 'running' | 'done' | 'stopped' | 'failed';
    total: number;
    done: number;
    error?: UserError;
  };
}

export interface MergeOptions {
  personalTopics: readonly string[];
  profileId: string;
  tabId?: number;
  now?: number;
}

/**
 * A reading of the page merged into the stored queue. Comments the page no longer shows stay (X and
 * LinkedIn unload what scrolled away); a changed text is read again; "answered" follows the brand's
 * replies the page shows now, and keeps what the manager did here (an insertion, a mark).
 */
export function mergeRead(
  existing: StoredThread | undefined,
  read: ThreadRead,
  options: MergeOptions,
): StoredThread {
  const now = options.now ?? Date.now();
  const fresh = (item: ThreadRead['items'][number]): StoredItem => {
    const local = readLocally(item.text, { lang: item.lang, personalTopics: options.personalTopics });
    return { ...item, local, reading: local, index: 0 };
  };
  // The stored order, with each comment read now updated where it was, and each new one placed right
  // after the comment the page shows before it.
  const merged: StoredItem[] = [...(existing?.items ?? [])];
  const position = new Map(merged.map((item, i) => [item.id, i]));
  let last = -1;
  for (const item of read.items) {
    const at = position.get(item.id);
    if (at !== undefined) {
      const before = merged[at]!;
      merged[at] =
        before.text === item.text
          ? { ...before, ...item }
          : { ...fresh(item), answered: before.answered, predraft: before.predraft };
      last = at;
      continue;
    }
    merged.splice(last + 1, 0, fresh(item));
    last++;
    merged.forEach((m, i) => position.set(m.id, i));
  }
  const onPage = answeredOnPage(merged, read.platform);
  const items = merged.map((item, index): StoredItem => {
    const answered: Answered | undefined = onPage.has(item.id)
      ? 'page'
      : item.answered === 'page'
        ? undefined
        : item.answered;
    return { ...item, index, answered };
  });
  return {
    id: threadKey(read.platform, read.postId),
    platform: read.platform,
    surface: read.surface,
    url: read.url,
    postId: read.postId,
    post: read.post ?? existing?.post,
    replyingAs: read.replyingAs ?? existing?.replyingAs,
    truncated: read.truncated || Boolean(existing?.truncated),
    items,
    profileId: options.profileId,
    tabId: options.tabId ?? existing?.tabId,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    refine: existing?.refine ?? { state: 'none' },
    predraft: existing?.predraft,
  };
}

/** The comments the model has not read yet (new ones, or changed), in page order. */
export const unrefined = (thread: StoredThread): StoredItem[] =>
  thread.items.filter((item) => !item.byBrand && item.reading.by !== 'model');

export const getThread = (id: string): Promise<StoredThread | undefined> => getDb().threads.get(id);

/** Changes one thread in a transaction (the side panel and the background may both write). */
export async function updateThread(
  id: string,
  change: (thread: StoredThread) => StoredThread | void,
): Promise<StoredThread | undefined> {
  const db = getDb();
  return db.transaction('rw', db.threads, async () => {
    const thread = await db.threads.get(id);
    if (!thread) return undefined;
    const next = change(thread) ?? thread;
    await db.threads.put(next);
    return next;
  });
}

/** Marks a comment answered (or not); a comment the page shows answered stays answered. */
export const markAnswered = (threadId: string, itemId: string, how: Answered | undefined) =>
  updateThread(threadId, (thread) => ({
    ...thread,
    items: thread.items.map((item) =>
      item.id !== itemId || (item.answered === 'page' && how !== 'page') ? item : { ...item, answered: how },
    ),
  }));

export const clearThreads = (): Promise<void> => getDb().threads.clear();

/** The daily clean-up: queues not read again within the retention period go. */
export async function pruneThreads(now = Date.now(), days = QUEUE_RETENTION_DAYS): Promise<number> {
  return getDb()
    .threads.where('updatedAt')
    .below(now - days * 86_400_000)
    .delete();
}

/** The stored queue for the post a tab shows, if it was reviewed. */
export function threadForUrl(threads: readonly StoredThread[], key: string | null): StoredThread | undefined {
  return key ? threads.find((thread) => thread.id === key) : undefined;
}
