import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Action } from '@/components/hooks/suggestions-state';

const run = (...actions: Action[]) => actions.reduce(reduce, initialState);
const started = (generation: number): Action => ({
  type: 'started',
  generation,
  profileId: 'p',
  endpoint: 'api.example.com',
});

describe('suggestions reducer', () => {
  it('appends streamed text to the right draft', () => {
    const state = run(
      started(1),
      { type: 'delta', generation: 1, index: 0, text: 'Hel' },
      { type: 'delta', generation: 1, index: 0, text: 'lo' },
      { type: 'delta', generation: 1, index: 2, text: 'Third' },
    );
    expect(state.phase).toBe('generating');
    expect(state.drafts.map((d) => d.text)).toEqual(['Hello', '', 'Third']);
  });

  it('ignores events of an older generation after a regenerate', () => {
    const state = run(started(1), started(2), { type: 'delta', generation: 1, index: 0, text: 'stale' });
    expect(state.drafts[0]!.text).toBe('');
  });

  it('keeps the drafts and marks them incomplete when the stream was cut', () => {
    const state = run(
      started(1),
      { type: 'delta', generation: 1, index: 0, text: 'Partial' },
      { type: 'error', generation: 1, error: { code: 'bad-response', title: 'cut', detail: 'd' } },
      { type: 'done', generation: 1, complete: false, stopped: false },
    );
    expect(state).toMatchObject({ phase: 'failed', complete: false });
    expect(state.drafts[0]!.text).toBe('Partial');
  });

  it('keeps the manager’s edits', () => {
    const state = run(
      started(1),
      { type: 'done', generation: 1, complete: true, stopped: false },
      { type: 'edit', index: 1, text: 'Mine' },
    );
    expect(state.drafts[1]).toEqual({ text: 'Mine', edited: true });
  });

  it('shows a stop as stopped, not as a failure', () => {
    expect(run(started(1), { type: 'done', generation: 1, complete: false, stopped: true }).phase).toBe(
      'stopped',
    );
  });
});
