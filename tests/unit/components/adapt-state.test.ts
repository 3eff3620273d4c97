import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Action } from '@/components/hooks/suggestions-state';

const run = (...actions: Action[]) => actions.reduce(reduce, initialState);
const started = (generation: number, saved?: string): Action => ({
  type: 'started',
  generation,
  profileId: 'p',
  endpoint: 'api.example.com',
  ...(saved ? { saved } : {}),
});
const delta = (generation: number, text: string): Action => ({ type: 'delta', generation, index: 0, text });

describe('the panel’s view of an “Adapt” run', () => {
  it('streams the adaptation beside the drafts, which stay as they were', () => {
    const state = run(
      started(1),
      delta(1, 'Draft one'),
      { type: 'done', generation: 1, complete: true, stopped: false },
      started(2, 'refund'),
      delta(2, 'Sorry, Nora. '),
      delta(2, 'Refunds within 14 days. '),
      { type: 'done', generation: 2, complete: true, stopped: false },
    );
    expect(state.drafts[0]!.text).toBe('Draft one');
    expect(state.phase).toBe('done');
    expect(state.adapt).toEqual({
      savedId: 'refund',
      generation: 2,
      text: 'Sorry, Nora. Refunds within 14 days.',
      phase: 'done',
      complete: true,
    });
  });

  it('stops the drafts still being written, and is stopped by a new run of drafts', () => {
    const adapting = run(started(1), delta(1, 'Dra'), started(2, 'refund'), delta(2, 'Sor'));
    expect(adapting.phase).toBe('stopped');
    expect(adapting.drafts[0]!.text).toBe('Dra');
    const after = reduce(adapting, started(3));
    expect(after.adapt).toMatchObject({ phase: 'stopped', complete: false, text: 'Sor' });
    expect(after.phase).toBe('generating');
  });

  it('keeps its own error, and is never complete when cut or stopped', () => {
    const error = { code: 'server', title: 'Down', detail: 'Try later' } as const;
    const failed = run(started(2, 'refund'), { type: 'error', generation: 2, error });
    expect(failed.adapt).toMatchObject({ phase: 'failed', error });
    expect(failed.error).toBeUndefined();
    const cut = run(started(2, 'refund'), delta(2, 'Half'), {
      type: 'done',
      generation: 2,
      complete: false,
      stopped: false,
    });
    expect(cut.adapt).toMatchObject({ phase: 'done', complete: false });
    const stopped = run(started(2, 'refund'), { type: 'done', generation: 2, complete: true, stopped: true });
    expect(stopped.adapt).toMatchObject({ phase: 'stopped', complete: false });
  });

  it('keeps the saved replies the background sends', () => {
    const state = run({ type: 'saved', replies: [] });
    expect(state.saved).toEqual([]);
  });
});
