import { logAiUse } from '@/utils/storage/ai-log';
import type { BrandProfile } from '@/utils/brand/profile';
import { toUserError, UserFacingError, type UserError } from '@/utils/errors';
import { buildAdaptMessages } from '@/utils/llm/adapt-prompt';
import { createDraftParser } from '@/utils/llm/drafts-parser';
import { buildRewriteMessages, buildSuggestionMessages, randomNonce } from '@/utils/llm/prompt';
import type { PortEvent } from '@/utils/messaging/suggest-port';
import { redactPII } from '@/utils/safety/redact';
import { redactContext } from '@/utils/storage/privacy';
import type { Triage } from '@/utils/safety/triage';
import type { ThreadContext } from '@/utils/thread/context';
import { recordUsage } from '@/utils/storage/usage';
import { block, stopsRequests, unblock } from './breaker';
import { engineLabel, engineModel, enginePrice, streamWith, type Engine } from './provider';
import { localReading, readTheRoom, wakeableSleep } from './room-reading';
import type { Session } from './sessions';
import { whoSpeaks, type Speaker } from './speaker';
import { recalled, type Person } from '@/utils/memory/people';

type Listener = (event: PortEvent) => void;

/** What a run settled on before writing: the panel's `session` event repeats it. */
export type RunSetup = Speaker['setup'];

interface Run {
  generation: number;
  events: PortEvent[];
  controller: AbortController;
  setup: Promise<RunSetup>;
  /** Who wrote it, for the AI-use log when a draft is inserted. */
  profile?: BrandProfile;
  model?: string;
  /** Ends a wait between attempts now (the manager pressed "Try now"). */
  wake?: () => void;
}

export interface RunOptions {
  profileId?: string;
  nudge?: string;
  /** Rewrite one draft instead of writing all of them. */
  rewrite?: { index: number; text: string; instruction: string };
  /** The manager asked again on purpose, after an answer that stopped requests (breaker.ts). */
  force?: boolean;
  /** The first run of a panel: drafts written ahead for its comment (the comment queue) are shown. */
  allowPredraft?: boolean;
  /** "Adapt" a saved reply (filled, required passages marked) to the comment, in its language. */
  adapt?: { savedId: string; text: string; language: string };
}

/** Generation numbers keep growing across service-worker restarts, so a panel never mistakes an old run for a new one. */
let counter = Date.now();

/**
 * The generations of every open panel, one at a time per session. A run starts when the manager clicks
 * "Suggest reply" (before the panel has even loaded), buffers its events, and replays them to the panel
 * when it attaches, so no time is lost to the panel's start-up.
 */
export interface HubDeps {
  /** Who speaks and through what (speaker.ts); a test hands in a fake engine. */
  speak: typeof whoSpeaks;
  /** Streams one answer (provider.ts). */
  stream: typeof streamWith;
  /** Commenter memory: the person a reply answers, when the profile remembers people (utils/memory). */
  recall?: (profile: BrandProfile, context: ThreadContext) => Promise<Person | undefined>;
  /** Drafts written ahead for the comment a box answers, by this profile (background/queue.ts). */
  predrafted?: (context: ThreadContext, profileId: string) => Promise<string[] | undefined>;
}

export class GenerationHub {
  private runs = new Map<string, Run>();
  private listeners = new Map<string, Set<Listener>>();

  constructor(private readonly deps: HubDeps = { speak: whoSpeaks, stream: streamWith }) {}

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

  /** The manager does not want to wait for the retry: the next attempt goes now. */
  retryNow(sessionId: string): void {
    this.runs.get(sessionId)?.wake?.();
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
    const fail = (error: UserError, blocked = false): void => {
      emit({ type: 'error', generation, error, ...(blocked ? { blocked } : {}) });
      emit({ type: 'done', generation, complete: false, stopped: false });
    };
    let engine: Engine | undefined;
    try {
      if (options.force) await unblock();
      const speaker = await this.deps.speak({
        context: session.context,
        requestedId: options.profileId,
        force: options.force,
      });
      const { profile, privacy } = speaker;
      engine = speaker.engine;
      run.profile = profile;
      run.model = engineModel(engine);
      settle(speaker.setup);
      const target = options.rewrite?.index;
      emit({
        type: 'started',
        generation,
        profileId: profile.id,
        endpoint: engineLabel(engine),
        ...(target === undefined ? {} : { target }),
        ...(options.adapt ? { saved: options.adapt.savedId } : {}),
      });
      // Who this is, when the brand remembers people: said in the panel, and given to the prompt below.
      const person = profile.memory.enabled
        ? await this.deps.recall?.(profile, session.context).catch(() => undefined)
        : undefined;
      if (profile.memory.enabled && target === undefined && !options.adapt) {
        const last = person?.interactions.at(-1);
        emit({
          type: 'memory',
          count: person?.interactions.length ?? 0,
          ...(last
            ? { last: { at: last.at, intent: last.intent, sentiment: last.sentiment, topics: last.topics } }
            : {}),
        });
      }
      const ahead =
        options.allowPredraft && !options.profileId
          ? await this.deps.predrafted?.(session.context, profile.id).catch(() => undefined)
          : undefined;
      if (ahead) {
        // Written ahead ("Draft the top N"): shown at once, as if streamed. Regenerate writes new ones.
        emit({ type: 'triage', generation, triage: localReading(session.context, profile) });
        ahead.forEach((text, index) => emit({ type: 'delta', generation, index, text }));
        emit({ type: 'done', generation, complete: true, stopped: false });
        return void logShown(session.context, profile, run.model);
      }
      if (engine.kind === 'none') return fail(engine.error, engine.blocked);
      const live = engine;

      // Emails and phone numbers stay out of what a remote model sees, unless the manager turned that off.
      const redacting = live.kind === 'remote' && privacy.redactPII;
      const context = redacting ? redactContext(session.context) : session.context;
      const nonce = randomNonce();
      let messages = options.rewrite
        ? buildRewriteMessages({
            profile,
            context,
            nonce,
            draft: options.rewrite.text,
            instruction: options.rewrite.instruction,
          })
        : buildSuggestionMessages({
            profile,
            context,
            nudge: options.nudge,
            nonce,
            ...(redacting ? { redact: redactPII } : {}),
            ...(person ? { memory: recalled(person) } : {}),
          });
      const { adapt } = options;
      if (adapt)
        messages = buildAdaptMessages({
          profile,
          context,
          nonce,
          saved: adapt.text,
          language: adapt.language,
        });
      // One text, not three drafts (a rewrite, an adaptation): the room was read already.
      const single = options.rewrite ?? adapt;
      // Reading the room: what the page shows is checked at once; the model's reading is asked once the
      // drafts are on their way, so the two requests do not race for the first token (npm run bench).
      const reading = (triage: Triage): void => {
        if (!run.controller.signal.aborted) emit({ type: 'triage', generation, triage });
      };
      let triage = single
        ? undefined
        : (): void => void readTheRoom(live, context, profile, run.controller.signal).then(reading);
      if (triage) reading(localReading(context, profile));
      const askTriage = (): void => {
        triage?.();
        triage = undefined;
      };

      const parser = createDraftParser();
      const onText = (delta: string): void => {
        askTriage();
        parser.push(delta).forEach((e) => emit({ ...e, index: target ?? e.index, generation }));
      };
      const outcome = await this.deps.stream(live, messages, run.controller.signal, onText, {
        onRetryWait: ({ error, waitMs, attempt }) =>
          emit({ type: 'waiting', generation, error, until: Date.now() + waitMs, attempt }),
        sleep: wakeableSleep((wake) => (run.wake = wake)),
      });
      parser.end().forEach((e) => emit({ ...e, index: target ?? e.index, generation }));
      if (outcome.error) emit({ type: 'error', generation, error: outcome.error });
      emit({ type: 'done', generation, complete: outcome.complete, stopped: false });
      await recordUsage({
        profileId: profile.id,
        model: run.model,
        promptTokens: outcome.usage?.promptTokens,
        completionTokens: outcome.usage?.completionTokens,
        price: enginePrice(live),
      }).catch(() => undefined);
      if (!single && parser.drafts.some(Boolean)) void logShown(session.context, profile, run.model);
    } catch (error) {
      settle({ profileId: run.profile?.id ?? '', configured: false });
      if (run.controller.signal.aborted)
        return emit({ type: 'done', generation, complete: false, stopped: true });
      const mapped = toUserError(error);
      const stops =
        engine?.kind === 'remote' &&
        stopsRequests(mapped, error instanceof UserFacingError && error.retriesRanOut);
      if (stops && engine?.kind === 'remote') await block(engine.endpoint, mapped).catch(() => undefined);
      fail(mapped, stops);
    }
  }
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
