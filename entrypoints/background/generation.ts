import { pickProfile } from '@/utils/brand/pick-profile';
import { getDb } from '@/utils/db';
import { toUserError, type UserError } from '@/utils/errors';
import { createDraftParser } from '@/utils/llm/drafts-parser';
import { streamOnDevice } from '@/utils/llm/on-device';
import { buildSuggestionMessages, randomNonce } from '@/utils/llm/prompt';
import { streamChat } from '@/utils/llm/stream-chat';
import type { PortEvent } from '@/utils/messaging';
import { defaultProfileIdItem } from '@/utils/settings';
import { recordUsage } from '@/utils/usage';
import { resolveEngine } from './provider';
import type { Session } from './sessions';

type Listener = (event: PortEvent) => void;

interface Run {
  generation: number;
  events: PortEvent[];
  controller: AbortController;
  finished: boolean;
}

export interface RunOptions {
  profileId?: string;
  nudge?: string;
}

/** Generation numbers keep growing across service-worker restarts, so a panel never mistakes an old run for a new one. */
let counter = Date.now();

/**
 * The generations of every open panel, one at a time per session. A run starts when the manager clicks
 * "Suggest reply" (before the panel has even loaded), buffers its events, and replays them to the panel
 * when it attaches, so no time is lost to the panel's start-up.
 */
export class GenerationHub {
  private runs = new Map<string, Run>();
  private listeners = new Map<string, Set<Listener>>();

  hasRun(sessionId: string): boolean {
    return this.runs.has(sessionId);
  }

  subscribe(sessionId: string, listener: Listener): () => void {
    const set = this.listeners.get(sessionId) ?? new Set();
    this.listeners.set(sessionId, set);
    set.add(listener);
    this.runs.get(sessionId)?.events.forEach(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(sessionId);
    };
  }

  hasListeners(sessionId: string): boolean {
    return (this.listeners.get(sessionId)?.size ?? 0) > 0;
  }

  stop(sessionId: string): void {
    this.runs.get(sessionId)?.controller.abort();
  }

  /** Stops and forgets the session's run (the panel closed). */
  end(sessionId: string): void {
    this.stop(sessionId);
    this.runs.delete(sessionId);
  }

  start(session: Session, options: RunOptions = {}): Run {
    this.stop(session.id);
    const run: Run = {
      generation: ++counter,
      events: [],
      controller: new AbortController(),
      finished: false,
    };
    this.runs.set(session.id, run);
    const emit = (event: PortEvent): void => {
      if (this.runs.get(session.id) !== run) return; // superseded by a newer run
      run.events.push(event);
      this.listeners.get(session.id)?.forEach((listener) => listener(event));
    };
    void this.execute(session, options, run, emit);
    return run;
  }

  private async execute(session: Session, options: RunOptions, run: Run, emit: Listener): Promise<void> {
    const { generation } = run;
    const fail = (error: UserError): void => {
      emit({ type: 'error', generation, error });
      emit({ type: 'done', generation, complete: false, stopped: false });
    };
    try {
      const [engine, profiles, defaultId] = await Promise.all([
        resolveEngine(),
        getDb().profiles.toArray(),
        defaultProfileIdItem.getValue(),
      ]);
      const { context } = session;
      const profile = pickProfile(profiles, {
        requestedId: options.profileId,
        defaultId,
        replyingAs: context.replyingAs,
        platform: context.platform,
      });
      emit({ type: 'started', generation, profileId: profile.id });
      if (engine.kind === 'none') return fail(engine.error);

      const parser = createDraftParser();
      const forward = (events: ReturnType<typeof parser.push>): void =>
        events.forEach((e) => emit({ ...e, generation }));
      const messages = buildSuggestionMessages({
        profile,
        context,
        nudge: options.nudge,
        nonce: randomNonce(),
      });
      const signal = run.controller.signal;
      const onText = (delta: string): void => forward(parser.push(delta));
      const outcome =
        engine.kind === 'on-device'
          ? await streamOnDevice({ messages, signal, onText })
          : await streamChat({
              baseURL: engine.settings.baseURL,
              apiKey: engine.apiKey,
              headers: engine.headers,
              model: engine.settings.model,
              messages,
              signal,
              firstTokenTimeoutMs: engine.settings.firstTokenTimeoutMs,
              totalTimeoutMs: engine.settings.totalTimeoutMs,
              onText,
            });
      forward(parser.end());
      if (outcome.error) emit({ type: 'error', generation, error: outcome.error });
      emit({ type: 'done', generation, complete: outcome.complete, stopped: false });
      await recordUsage({
        profileId: profile.id,
        model: engine.kind === 'on-device' ? 'on-device' : engine.settings.model,
        promptTokens: outcome.usage?.promptTokens,
        completionTokens: outcome.usage?.completionTokens,
        price: engine.kind === 'on-device' ? { input: 0, output: 0 } : engine.settings.price,
      }).catch(() => undefined);
    } catch (error) {
      if (run.controller.signal.aborted) emit({ type: 'done', generation, complete: false, stopped: true });
      else fail(toUserError(error));
    } finally {
      run.finished = true;
    }
  }
}
