import { browser } from 'wxt/browser';
import type { BrandProfile } from '@/utils/brand/profile';
import { UserFacingError, userError, type toUserError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { firstJson } from '@/utils/llm/json-request';
import { estimateCost, priceOf } from '@/utils/llm/prices';
import { randomNonce } from '@/utils/llm/prompt';
import { callContent } from '@/utils/messaging/rpc';
import { postIdOf, threadKey } from '@/utils/queue/key';
import { BATCH_JSON_SCHEMA, buildBatches, parseBatchAnswer, refineReading } from '@/utils/queue/prompt';
import {
  getThread,
  markAnswered,
  mergeRead,
  unrefined,
  updateThread,
  type StoredThread,
} from '@/utils/queue/store';
import type { ThreadRead } from '@/utils/queue/thread';
import { queuedFor } from '@/utils/queue/match';
import { redactPII } from '@/utils/safety/redact';
import { getDb } from '@/utils/storage/db';
import type { ThreadContext } from '@/utils/thread/context';
import { blockedFor } from './breaker';
import { askJson, clientFor } from './json-call';
import { composerTab } from './page-status';
import { capRefusal } from './spend';
import { whoSpeaks } from './speaker';

/**
 * The comment queue's background half (the page half is utils/page/thread-review.ts, the view is the
 * side panel's Comments tab): it stores what the page read, sorts it locally at once, refines it with one
 * batched model call, shows a comment in its tab, and marks a comment answered when its reply is
 * inserted. (Drafts written ahead are predraft.ts.) Only the manager's own acts start a paid request: "Review comments"
 * on the page, and the side panel's buttons. Updates from the page never do.
 */

const noThread = () =>
  new UserFacingError(userError('no-composer', t('errors.noThread.title'), t('errors.noThread.detail')));

/** The comments by the account the manager replies as, when the page did not say who that is. */
function withBrand(read: ThreadRead, profile: BrandProfile): ThreadRead {
  if (read.replyingAs || read.items.some((item) => item.byBrand)) return read;
  const accounts = profile.bindings
    .filter((b) => b.platform === read.platform)
    .map((b) => b.account.replace(/^@/, '').toLowerCase());
  if (accounts.length === 0) return read;
  return {
    ...read,
    items: read.items.map((item) => ({
      ...item,
      byBrand:
        accounts.includes(item.author.toLowerCase()) || accounts.includes(item.handle?.toLowerCase() ?? ''),
    })),
  };
}

export class QueueService {
  private readonly refining = new Map<string, AbortController>();

  /** A reading of the page into the queue; a review (the manager's act) also asks the model to refine it. */
  async take(
    read: ThreadRead,
    tabId: number | undefined,
    review: boolean,
  ): Promise<StoredThread | undefined> {
    const id = threadKey(read.platform, read.postId);
    const existing = await getThread(id);
    if (!review && !existing) return undefined;
    const { profile } = await whoSpeaks({
      context: { replyingAs: read.replyingAs, platform: read.platform, url: read.url },
    });
    const merged = mergeRead(existing, withBrand(read, profile), {
      personalTopics: profile.rules.personalTopics,
      profileId: profile.id,
      tabId,
    });
    await getDb().threads.put(merged);
    if (review) void this.refine(id);
    return merged;
  }

  async reviewTab(): Promise<{ threadId: string | null; count: number }> {
    const tab = await composerTab();
    if (!tab) throw noThread();
    const { thread } = await callContent(tab.id, 'thread.read', {}).catch(() => ({ thread: null }));
    if (!thread || thread.items.length === 0) throw noThread();
    const stored = await this.take(thread, tab.id, true);
    return { threadId: stored?.id ?? null, count: thread.items.length };
  }

  /** One batched reading of the comments the model has not read (or of all of them). */
  async refine(threadId: string, all = false): Promise<boolean> {
    const thread = await getThread(threadId);
    if (!thread || this.refining.has(threadId)) return false;
    const speaker = await whoSpeaks({
      context: { replyingAs: thread.replyingAs, platform: thread.platform, url: thread.url },
    });
    const { engine, profile, privacy } = speaker;
    const targets = all ? thread.items.filter((item) => !item.byBrand) : unrefined(thread);
    if (targets.length === 0) return false;
    if (engine.kind !== 'remote' || (await blockedFor(engine.endpoint))) {
      await updateThread(threadId, (th) => ({
        ...th,
        refine: { state: 'local-only', ...(engine.kind === 'none' ? { error: engine.error } : {}) },
      }));
      return false;
    }
    const batches = buildBatches({
      post: thread.post,
      items: targets,
      personalTopics: profile.rules.personalTopics,
      nonce: randomNonce(),
      ...(privacy.redactPII ? { redact: redactPII } : {}),
    });
    const price = priceOf(engine.settings.model, engine.settings.price);
    const estimate = estimateCost(
      batches.reduce((sum, b) => sum + b.inputTokens, 0),
      batches.reduce((sum, b) => sum + b.maxOutputTokens, 0),
      price,
    );
    const refused = await capRefusal(engine.settings, estimate);
    if (refused) {
      await updateThread(threadId, (th) => ({ ...th, refine: { state: 'failed', error: refused } }));
      return false;
    }
    const controller = new AbortController();
    this.refining.set(threadId, controller);
    await updateThread(threadId, (th) => ({
      ...th,
      refine: { state: 'running', model: engine.settings.model },
    }));
    const client = clientFor(engine);
    let failure: ReturnType<typeof toUserError> | undefined;
    try {
      for (const batch of batches) {
        const answer = await askJson(engine, profile.id, {
          client,
          messages: batch.messages,
          signal: controller.signal,
          schema: { name: 'comment_queue', schema: BATCH_JSON_SCHEMA },
          maxTokens: batch.maxOutputTokens,
          timeoutMs: 60_000,
        });
        if (answer.failure) {
          failure = answer.failure;
          break;
        }
        const readings = parseBatchAnswer(firstJson(answer.text), batch.ids);
        if (readings.size === 0)
          failure = userError(
            'bad-response',
            t('queue.refineUnreadable.title'),
            t('queue.refineUnreadable.detail'),
          );
        await updateThread(threadId, (th) => ({
          ...th,
          items: th.items.map((item) => {
            const model = readings.get(item.id);
            return model ? { ...item, reading: refineReading(item.local, model) } : item;
          }),
        }));
      }
    } finally {
      this.refining.delete(threadId);
    }
    await updateThread(threadId, (th) => ({
      ...th,
      refine: failure
        ? { state: 'failed', model: engine.settings.model, error: failure, requests: batches.length }
        : { state: 'done', model: engine.settings.model, at: Date.now(), requests: batches.length },
    }));
    return true;
  }

  /** Scrolls the post's tab to the comment and highlights it there. */
  async show(threadId: string, id: string): Promise<{ found: boolean }> {
    const thread = await getThread(threadId);
    if (!thread) throw noThread();
    const tab = await this.tabOf(thread);
    if (tab === undefined) return { found: false };
    await browser.tabs.update(tab, { active: true }).catch(() => undefined);
    return callContent(tab, 'thread.show', { id }).catch(() => ({ found: false }));
  }

  private async tabOf(thread: StoredThread): Promise<number | undefined> {
    const showsIt = (url: string | undefined): boolean => {
      const post = url ? postIdOf(url) : null;
      return post !== null && threadKey(post.platform, post.postId) === thread.id;
    };
    if (thread.tabId !== undefined) {
      const tab = await browser.tabs.get(thread.tabId).catch(() => undefined);
      if (tab?.id !== undefined && showsIt(tab.url)) return tab.id;
    }
    const current = await composerTab();
    return current && showsIt(current.url) ? current.id : undefined;
  }

  /** A reply was inserted into the box of a queue comment: it leaves the queue. */
  async inserted(context: ThreadContext): Promise<void> {
    const found = await queuedFor(context);
    if (found) await markAnswered(found.thread.id, found.item.id, 'inserted');
  }
}
