import type { BrandProfile } from '@/utils/brand/profile';
import { toUserError, UserFacingError, userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { createDraftParser } from '@/utils/llm/drafts-parser';
import { estimateCost, priceOf } from '@/utils/llm/prices';
import { buildSuggestionMessages, randomNonce } from '@/utils/llm/prompt';
import type { SpendEstimate } from '@/utils/messaging/protocol';
import { contextFor, queuedFor } from '@/utils/queue/match';
import { estimateTokens } from '@/utils/queue/prompt';
import { sortQueue } from '@/utils/queue/queue';
import { getThread, updateThread, type StoredItem, type StoredThread } from '@/utils/queue/store';
import { redactPII } from '@/utils/safety/redact';
import { redactContext } from '@/utils/storage/privacy';
import { recordUsage } from '@/utils/storage/usage';
import type { ThreadContext } from '@/utils/thread/context';
import { enginePrice, streamWith, type Engine } from './provider';
import { capRefusal, overCap, spendCapError, spentToday } from './spend';
import { whoSpeaks } from './speaker';

/**
 * "Draft the top N" for the comment queue (optional, the manager's act in the side panel): drafts
 * written ahead, one comment at a time, for the first comments of the queue, and handed to the panel when
 * their reply box opens. The estimate comes first, and a run that would go over the daily spend cap is
 * refused whole; each request checks the cap again.
 */

/** Answer tokens one pre-drafted comment may take (three short drafts), for the estimate. */
const PREDRAFT_OUTPUT_TOKENS = 450;

const noThread = () =>
  new UserFacingError(userError('no-composer', t('errors.noThread.title'), t('errors.noThread.detail')));

export class Predrafter {
  private readonly running = new Map<string, AbortController>();

  /** The comments "Draft the top N" would write for: the top of the queue, unanswered, not drafted yet. */
  private predraftTargets(thread: StoredThread, count: number): StoredItem[] {
    return sortQueue(thread.items, { unansweredOnly: true })
      .filter((item) => !item.predraft)
      .slice(0, count) as StoredItem[];
  }

  async estimate(threadId: string, count: number): Promise<SpendEstimate> {
    const thread = await getThread(threadId);
    if (!thread) throw noThread();
    const speaker = await whoSpeaks({
      context: { replyingAs: thread.replyingAs, platform: thread.platform, url: thread.url },
    });
    const targets = this.predraftTargets(thread, count);
    const tokens = targets.reduce(
      (sum, item) =>
        sum +
        estimateTokens(
          buildSuggestionMessages({ profile: speaker.profile, context: contextFor(thread, item), nonce: 'x' })
            .map((m) => m.content)
            .join('\n'),
        ),
      0,
    );
    const engine = speaker.engine;
    const settings = engine.kind === 'none' ? undefined : engine.settings;
    const price =
      engine.kind === 'remote'
        ? priceOf(engine.settings.model, engine.settings.price)
        : { input: 0, output: 0 };
    const estimateUsd = estimateCost(tokens, targets.length * PREDRAFT_OUTPUT_TOKENS, price);
    const spent = await spentToday();
    const cap = settings?.dailySpendCapUsd;
    return {
      ...(estimateUsd === undefined ? {} : { estimateUsd }),
      tokens: tokens + targets.length * PREDRAFT_OUTPUT_TOKENS,
      spentTodayUsd: spent,
      ...(cap === undefined ? {} : { capUsd: cap }),
      overCap: overCap(spent, estimateUsd, cap),
      count: targets.length,
    };
  }

  /** "Draft the top N": refused whole when its estimate would go over the cap; one comment at a time. */
  async predraft(threadId: string, count: number): Promise<{ started: number }> {
    const estimate = await this.estimate(threadId, count);
    if (estimate.overCap && estimate.capUsd !== undefined)
      throw new UserFacingError(spendCapError(estimate.spentTodayUsd, estimate.capUsd, estimate.estimateUsd));
    const thread = await getThread(threadId);
    if (!thread || this.running.has(threadId)) return { started: 0 };
    const targets = this.predraftTargets(thread, count);
    if (targets.length === 0) return { started: 0 };
    const controller = new AbortController();
    this.running.set(threadId, controller);
    await updateThread(threadId, (th) => ({
      ...th,
      predraft: { state: 'running', total: targets.length, done: 0 },
    }));
    void this.writeAhead(thread, targets, controller).finally(() => this.running.delete(threadId));
    return { started: targets.length };
  }

  stopPredraft(threadId: string): void {
    this.running.get(threadId)?.abort();
  }

  private async writeAhead(
    thread: StoredThread,
    targets: StoredItem[],
    controller: AbortController,
  ): Promise<void> {
    let done = 0;
    let error: ReturnType<typeof toUserError> | undefined;
    for (const item of targets) {
      if (controller.signal.aborted) break;
      const context = contextFor(thread, item);
      const { engine, profile, privacy } = await whoSpeaks({ context });
      if (engine.kind === 'none') {
        error = engine.error;
        break;
      }
      const drafts = await this.draft(engine, profile, privacy.redactPII, context, controller.signal).catch(
        (e: unknown) => {
          if (!controller.signal.aborted) error = toUserError(e);
          return undefined;
        },
      );
      if (!drafts) break;
      done++;
      await updateThread(thread.id, (th) => ({
        ...th,
        items: th.items.map((it) =>
          it.id === item.id
            ? {
                ...it,
                predraft: {
                  drafts,
                  profileId: profile.id,
                  model: engine.kind === 'remote' ? engine.settings.model : 'on-device',
                  at: Date.now(),
                },
              }
            : it,
        ),
        predraft: { state: 'running', total: targets.length, done },
      }));
    }
    await updateThread(thread.id, (th) => ({
      ...th,
      predraft: {
        state: error ? 'failed' : controller.signal.aborted ? 'stopped' : 'done',
        total: targets.length,
        done,
        ...(error ? { error } : {}),
      },
    }));
  }

  private async draft(
    engine: Exclude<Engine, { kind: 'none' }>,
    profile: BrandProfile,
    redacting: boolean,
    context: ThreadContext,
    signal: AbortSignal,
  ): Promise<string[]> {
    const remote = engine.kind === 'remote';
    const messages = buildSuggestionMessages({
      profile,
      context: remote && redacting ? redactContext(context) : context,
      nonce: randomNonce(),
      ...(remote && redacting ? { redact: redactPII } : {}),
    });
    if (remote) {
      const price = priceOf(engine.settings.model, engine.settings.price);
      const refused = await capRefusal(
        engine.settings,
        estimateCost(
          estimateTokens(messages.map((m) => m.content).join('\n')),
          PREDRAFT_OUTPUT_TOKENS,
          price,
        ),
      );
      if (refused) throw new UserFacingError(refused);
    }
    const parser = createDraftParser();
    const outcome = await streamWith(engine, messages, signal, (delta) => void parser.push(delta));
    parser.end();
    await recordUsage({
      profileId: profile.id,
      model: remote ? engine.settings.model : 'on-device',
      promptTokens: outcome.usage?.promptTokens,
      completionTokens: outcome.usage?.completionTokens,
      price: enginePrice(engine),
    }).catch(() => undefined);
    if (outcome.error) throw new UserFacingError(outcome.error);
    const drafts = parser.drafts.map((d) => d.trim()).filter(Boolean);
    if (drafts.length === 0)
      throw new UserFacingError(
        userError('bad-response', t('queue.noDrafts.title'), t('queue.noDrafts.detail')),
      );
    return drafts;
  }

  /** Drafts written ahead for the comment a reply box answers, by the profile that speaks now. */
  async predrafted(context: ThreadContext, profileId: string): Promise<string[] | undefined> {
    const found = await queuedFor(context);
    const ahead = found?.item.predraft;
    return ahead && ahead.profileId === profileId ? ahead.drafts : undefined;
  }
}
