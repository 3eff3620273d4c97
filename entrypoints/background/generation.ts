import { logAiUse } from '@/utils/storage/ai-log';
import { pickProfile } from '@/utils/brand/pick-profile';
import type { BrandProfile } from '@/utils/brand/profile';
import { getDb } from '@/utils/storage/db';
import { toUserError, type UserError } from '@/utils/errors';
import { createClient } from '@/utils/llm/client';
import { createDraftParser } from '@/utils/llm/drafts-parser';
import { buildRewriteMessages, buildSuggestionMessages, randomNonce } from '@/utils/llm/prompt';
import { requestTriage } from '@/utils/llm/triage-request';
import type { PortEvent } from '@/utils/messaging/suggest-port';
import { privacyItem, redactContext } from '@/utils/storage/privacy';
import { buildTriageMessages, UNKNOWN_TRIAGE, withLocalSignals } from '@/utils/safety/triage';
import { defaultProfileIdItem } from '@/utils/storage/settings';
import type { ThreadContext } from '@/utils/thread/context';
import { recordUsage } from '@/utils/storage/usage';
import { resolveEngine, streamWith, type Engine } from './provider';
import type { Session } from './sessions';

type Listener = (event: PortEvent) => void;

/** What a run settled on before writing: the panel's `session` event repeats it. */
export interface RunSetup {
  profileId: string;
  configured: boolean;
}

interface Run {
  generation: number;
  events: PortEvent[];
  controller: AbortController;
  setup: Promise<RunSetup>;
  /** Who wrote it, for the AI-use log when a draft is inserted. */
  profile?: BrandProfile;
  model?: string;
}

export interface RunOptions {
  profileId?: string;
  nudge?: string;
  /** Rewrite one draft instead of writing all of them. */
  rewrite?: { index: number; text: string; instruction: string };
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

  /** The profile and engine the session's latest run settled on, or undefined with no run. */
  setup(sessionId: string): Promise<RunSetup> | undefined {
    return this.runs.get(sessionId)?.setup;
  }

  /** The profile and model behind the session's latest run. */
  author(sessionId: string): { profile?: BrandProfile; model?: string } {
    const run = this.runs.get(sessionId);
    return { profile: run?.profile, model: run?.model };
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

  start(session: Session, options: RunOptions = {}): void {
    this.stop(session.id);
    let settle: (setup: RunSetup) => void = () => undefined;
    const setup = new Promise<RunSetup>((resolve) => (settle = resolve));
    const run: Run = { generation: ++counter, events: [], controller: new AbortController(), setup };
    this.runs.set(session.id, run);
    const emit = (event: PortEvent): void => {
      if (this.runs.get(session.id) !== run) return; // superseded by a newer run
      run.events.push(event);
      this.listeners.get(session.id)?.forEach((listener) => listener(event));
    };
    void this.execute(session, options, run, emit, settle);
  }

  private async execute(
    session: Session,
    options: RunOptions,
    run: Run,
    emit: Listener,
    settle: (setup: RunSetup) => void,
  ): Promise<void> {
    const { generation } = run;
    const fail = (error: UserError): void => {
      emit({ type: 'error', generation, error });
      emit({ type: 'done', generation, complete: false, stopped: false });
    };
    try {
      const [engine, profiles, defaultId, privacy] = await Promise.all([
        resolveEngine(),
        getDb().profiles.toArray(),
        defaultProfileIdItem.getValue(),
        privacyItem.getValue(),
      ]);
      const profile = pickProfile(profiles, {
        requestedId: options.profileId,
        defaultId,
        replyingAs: session.context.replyingAs,
        platform: session.context.platform,
      });
      run.profile = profile;
      run.model = engine.kind === 'remote' ? engine.settings.model : engine.kind;
      settle({ profileId: profile.id, configured: engine.kind !== 'none' });
      const target = options.rewrite?.index;
      emit({
        type: 'started',
        generation,
        profileId: profile.id,
        ...(target === undefined ? {} : { target }),
      });
      if (engine.kind === 'none') return fail(engine.error);

      // Emails and phone numbers stay out of what a remote model sees, unless the manager turned that off.
      const context =
        engine.kind === 'remote' && privacy.redactPII ? redactContext(session.context) : session.context;
      const nonce = randomNonce();
      const messages = options.rewrite
        ? buildRewriteMessages({
            profile,
            context,
            nonce,
            draft: options.rewrite.text,
            instruction: options.rewrite.instruction,
          })
        : buildSuggestionMessages({ profile, context, nudge: options.nudge, nonce });
      // Reading the room: what the page shows is checked at once; the model's reading is asked once the
      // drafts are on their way, so the two requests do not race for the first token (npm run bench).
      let triage = options.rewrite
        ? undefined
        : (): void => void this.triage(engine, context, profile, run, emit);
      if (triage) emitLocalTriage(context, profile, generation, emit);
      const askTriage = (): void => {
        triage?.();
        triage = undefined;
      };

      const parser = createDraftParser();
      const onText = (delta: string): void => {
        askTriage();
        parser.push(delta).forEach((e) => emit({ ...e, index: target ?? e.index, generation }));
      };
      const outcome = await streamWith(engine, messages, run.controller.signal, onText).finally(askTriage);
      parser.end().forEach((e) => emit({ ...e, index: target ?? e.index, generation }));
      if (outcome.error) emit({ type: 'error', generation, error: outcome.error });
      emit({ type: 'done', generation, complete: outcome.complete, stopped: false });
      await recordUsage({
        profileId: profile.id,
        model: run.model,
        promptTokens: outcome.usage?.promptTokens,
        completionTokens: outcome.usage?.completionTokens,
        price: engine.kind === 'on-device' ? { input: 0, output: 0 } : engine.settings.price,
      }).catch(() => undefined);
      if (!options.rewrite && parser.drafts.some(Boolean)) void logShown(session.context, profile, run.model);
    } catch (error) {
      settle({ profileId: run.profile?.id ?? '', configured: false });
      if (run.controller.signal.aborted) emit({ type: 'done', generation, complete: false, stopped: true });
      else fail(toUserError(error));
    }
  }

  /** Reads the room beside the drafts: one small structured call, plus local signals. Never fails the run. */
  private async triage(
    engine: Engine,
    context: ThreadContext,
    profile: BrandProfile,
    run: Run,
    emit: Listener,
  ): Promise<void> {
    let triage = UNKNOWN_TRIAGE;
    if (engine.kind === 'remote') {
      const client = createClient({
        baseURL: engine.settings.baseURL,
        apiKey: engine.apiKey,
        headers: engine.headers,
      });
      const result = await requestTriage({
        client,
        model: engine.settings.model,
        messages: buildTriageMessages(context, randomNonce()),
        signal: run.controller.signal,
      });
      triage = result.triage;
      if (result.usage)
        void recordUsage({
          countsAsSuggestion: false,
          profileId: profile.id,
          model: engine.settings.model,
          promptTokens: result.usage.prompt,
          completionTokens: result.usage.completion,
          price: engine.settings.price,
        }).catch(() => undefined);
    }
    if (!run.controller.signal.aborted)
      emit({
        type: 'triage',
        generation: run.generation,
        triage: withLocalSignals(triage, context, profile),
      });
  }
}

/** The local signals (crisis words, the brand's personal topics) need no model: shown straight away. */
function emitLocalTriage(
  context: ThreadContext,
  profile: BrandProfile,
  generation: number,
  emit: Listener,
): void {
  emit({ type: 'triage', generation, triage: withLocalSignals(UNKNOWN_TRIAGE, context, profile) });
}

const logShown = (context: ThreadContext, profile: BrandProfile, model: string): Promise<void> =>
  logAiUse({
    event: 'shown',
    platform: context.platform,
    postUrl: context.url,
    profileId: profile.id,
    profileName: profile.name,
    model,
  });
