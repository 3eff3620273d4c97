import type { Action, SuggestionsState } from '@/components/hooks/suggestions-state';
import type { UserError } from '@/utils/errors';

/**
 * The panel's view of an "Adapt" run: one more run of the background's GenerationHub, whose `started`
 * names the saved reply, and whose text comes as draft 0's deltas. It supersedes the drafts' run (one
 * run per session) but leaves the drafts already written as they are.
 */
export interface AdaptState {
  savedId: string;
  generation: number;
  text: string;
  phase: 'writing' | 'done' | 'stopped' | 'failed';
  /** False when the stream was cut before the model finished: never inserted then. */
  complete: boolean;
  error?: UserError;
}

/** The state after `action` if it is about an adaptation (`done`), else the state to reduce further. */
export function reduceAdapt(
  state: SuggestionsState,
  action: Action,
): { state: SuggestionsState; done: boolean } {
  const adapt = state.adapt;
  const ours = adapt !== undefined && 'generation' in action && action.generation === adapt.generation;
  const pass = (next = state) => ({ state: next, done: false });
  const set = (patch: Partial<AdaptState>) => ({
    state: { ...state, adapt: { ...adapt!, ...patch } },
    done: true,
  });
  switch (action.type) {
    case 'started':
      if (action.generation < state.generation) return pass();
      if (!action.saved) {
        // A new run of drafts: an adaptation still being written was stopped by it.
        return adapt?.phase === 'writing'
          ? pass({ ...state, adapt: { ...adapt, phase: 'stopped', complete: false } })
          : pass();
      }
      return {
        state: {
          ...state,
          // The drafts' run, if it was still writing, was stopped by this one.
          phase: state.phase === 'generating' || state.phase === 'connecting' ? 'stopped' : state.phase,
          generation: action.generation,
          profileId: action.profileId,
          target: undefined,
          waiting: undefined,
          adapt: {
            savedId: action.saved,
            generation: action.generation,
            text: '',
            phase: 'writing',
            complete: true,
          },
        },
        done: true,
      };
    case 'delta':
      return ours ? set({ text: adapt!.text + action.text }) : pass();
    case 'reset':
      return ours ? set({ text: '' }) : pass();
    case 'done':
      if (!ours) return pass();
      return set({
        phase: action.stopped ? 'stopped' : adapt!.phase === 'failed' ? 'failed' : 'done',
        complete: action.complete && !action.stopped,
        text: adapt!.text.trim(),
      });
    case 'error':
      return ours ? set({ phase: 'failed', error: action.error }) : pass();
    case 'waiting':
    case 'triage':
      return ours ? { state, done: true } : pass();
    default:
      return pass();
  }
}
