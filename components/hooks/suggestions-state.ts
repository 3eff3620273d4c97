import { reduceAdapt, type AdaptState } from '@/components/saved/adapt-state';
import type { ProfileSummary } from '@/utils/brand/profile';
import type { UserError } from '@/utils/errors';
import type { PortEvent } from '@/utils/messaging/suggest-port';
import { DRAFT_COUNT } from '@/utils/llm/instructions';
import type { Triage } from '@/utils/safety/triage';
import type { SavedEntry } from '@/utils/saved/schema';
import type { ThreadContext } from '@/utils/thread/context';

export interface Draft {
  text: string;
  /** The manager changed it in the panel. */
  edited: boolean;
}

export interface SuggestionsState {
  phase: 'connecting' | 'generating' | 'done' | 'stopped' | 'failed';
  /** Set once the background handed this panel its session. */
  sessionId?: string;
  context?: ThreadContext;
  /** Where the run's requests go ("api.openai.com"), for "waiting for …". */
  endpoint?: string;
  /** An attempt failed and the next one waits: why, until when, which attempt comes. */
  waiting?: { error: UserError; until: number; attempt: number };
  /** The last error stopped requests to this endpoint until the manager acts ("Try anyway"). */
  blocked?: boolean;
  /** When the current run started here, and when its last text arrived (for "still waiting…"). */
  lastActivity?: number;
  /** "Use my selection instead" found nothing selected on the page (counted, so each press says it). */
  noSelection?: number;
  profiles: ProfileSummary[];
  profileId?: string;
  configured: boolean;
  generation: number;
  drafts: Draft[];
  /** False when the stream was cut before the model finished. */
  complete: boolean;
  error?: UserError;
  /** The reading of the room for the comment answered, once it arrives. */
  triage?: Triage;
  /** While one draft is being rewritten (Fix, Shorten): its index. The others stay usable. */
  target?: number;
  /** Commenter memory, when the profile remembers people: earlier conversations with this person. */
  memory?: Extract<PortEvent, { type: 'memory' }>;
  /** Every saved reply, with its use count (the panel shows the current profile's). */
  saved?: SavedEntry[];
  /** The last "Adapt" of a saved reply. */
  adapt?: AdaptState;
}

const emptyDrafts = (): Draft[] => Array.from({ length: DRAFT_COUNT }, () => ({ text: '', edited: false }));

export const initialState: SuggestionsState = {
  phase: 'connecting',
  profiles: [],
  configured: true,
  generation: 0,
  drafts: emptyDrafts(),
  complete: true,
};

export type Action =
  | PortEvent
  | { type: 'edit'; index: number; text: string }
  | { type: 'expired'; error: UserError }
  /** The manager pressed "Try now" during a wait. */
  | { type: 'retryNow' };

const now = (): number => Date.now();

/** Pure reducer from the background's events (and the manager's edits) to what the panel shows. */
export function reduce(current: SuggestionsState, action: Action): SuggestionsState {
  const { state, done } = reduceAdapt(current, action);
  if (done) return state;
  switch (action.type) {
    case 'session':
      return {
        ...state,
        sessionId: action.sessionId,
        context: action.context,
        profileId: state.profileId ?? action.profileId,
        configured: action.configured,
      };
    case 'profiles':
      return { ...state, profiles: action.profiles };
    case 'saved':
      return { ...state, saved: action.replies };
    case 'started': {
      if (action.generation < state.generation) return state;
      const rewrite = action.target !== undefined;
      const drafts = rewrite ? state.drafts.slice() : emptyDrafts();
      if (rewrite) drafts[action.target!] = { text: '', edited: false };
      return {
        ...state,
        phase: 'generating',
        generation: action.generation,
        profileId: action.profileId,
        endpoint: action.endpoint,
        drafts,
        target: action.target,
        complete: true,
        error: undefined,
        waiting: undefined,
        blocked: undefined,
        lastActivity: now(),
        // A rewrite of one draft keeps the reading of the room; a new run reads the room again.
        triage: rewrite ? state.triage : undefined,
      };
    }
    case 'triage':
      return action.generation === state.generation ? { ...state, triage: action.triage } : state;
    case 'delta':
    case 'reset': {
      if (action.generation !== state.generation || action.index >= state.drafts.length) return state;
      const drafts = state.drafts.slice();
      const current = drafts[action.index]!;
      drafts[action.index] = {
        edited: false,
        text: action.type === 'delta' ? current.text + action.text : '',
      };
      return { ...state, drafts, waiting: undefined, lastActivity: now() };
    }
    case 'waiting':
      if (action.generation !== state.generation) return state;
      return { ...state, waiting: { error: action.error, until: action.until, attempt: action.attempt } };
    case 'retryNow':
      return { ...state, waiting: undefined, lastActivity: now() };
    case 'memory':
      return { ...state, memory: action };
    case 'selection':
      return action.found ? state : { ...state, noSelection: (state.noSelection ?? 0) + 1 };
    case 'done':
      if (action.generation !== state.generation) return state;
      return {
        ...state,
        phase: action.stopped ? 'stopped' : state.phase === 'failed' ? 'failed' : 'done',
        target: undefined,
        waiting: undefined,
        complete: action.complete,
        drafts: state.drafts.map((d) => ({ ...d, text: d.edited ? d.text : d.text.trim() })),
      };
    case 'error':
      if (action.generation !== 0 && action.generation !== state.generation) return state;
      return { ...state, phase: 'failed', error: action.error, blocked: action.blocked, waiting: undefined };
    case 'expired':
      return { ...state, phase: 'failed', error: action.error };
    case 'edit': {
      const drafts = state.drafts.slice();
      drafts[action.index] = { text: action.text, edited: true };
      return { ...state, drafts };
    }
  }
}
