import { describe, expect, it } from 'vitest';
import { createDraftParser, type DraftEvent } from '@/utils/llm/drafts-parser';

const ANSWER =
  '@@1\nThank you, Léa! 🙌\n\nSee you soon.\n@@2\nYes, we deliver on Sundays.\n@@3\nWhat would you like?';
const EXPECTED = [
  'Thank you, Léa! 🙌\n\nSee you soon.',
  'Yes, we deliver on Sundays.',
  'What would you like?',
];

/** Feeds the text in pieces of `size` and returns the drafts rebuilt from the events alone. */
function feed(text: string, size: number): { drafts: string[]; events: DraftEvent[] } {
  const parser = createDraftParser();
  const events: DraftEvent[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += size) events.push(...parser.push(chars.slice(i, i + size).join('')));
  events.push(...parser.end());
  const drafts: string[] = [];
  for (const e of events) drafts[e.index] = e.type === 'reset' ? '' : (drafts[e.index] ?? '') + e.text;
  return { drafts: drafts.map((d) => d.trim()), events };
}

describe('createDraftParser', () => {
  it.each([1, 2, 3, 5, 8, 1000])('splits the drafts whatever the chunk size (%i)', (size) => {
    expect(feed(ANSWER, size).drafts).toEqual(EXPECTED);
  });

  it('releases text as it arrives instead of waiting for the end of a line', () => {
    const parser = createDraftParser();
    parser.push('@@1\n');
    expect(parser.push('Thank')).toEqual([{ type: 'delta', index: 0, text: 'Thank' }]);
    expect(parser.push(' you')).toEqual([{ type: 'delta', index: 0, text: ' you' }]);
  });

  it('never shows the markers, even when split across chunks', () => {
    const { events } = feed(ANSWER, 1);
    const shown = events.map((e) => (e.type === 'delta' ? e.text : '')).join('');
    expect(shown).not.toContain('@');
  });

  it('drops a preamble before the first marker', () => {
    expect(feed('Here are three replies:\n\n@@1\nA\n@@2\nB\n@@3\nC', 4).drafts).toEqual(['A', 'B', 'C']);
  });

  it('accepts markdown-ish markers and text on the marker line', () => {
    expect(feed('### @@1\nA\n**@@2** B\n@@3: C', 3).drafts).toEqual(['A', 'B', 'C']);
  });

  it('keeps everything as one draft when the model ignores the format', () => {
    expect(feed('Just one reply, no markers.\nSecond line.', 4).drafts).toEqual([
      'Just one reply, no markers.\nSecond line.',
    ]);
  });

  it('keeps an @mention inside a draft', () => {
    expect(feed('@@1\n@lea thanks!\n@@2\nB', 2).drafts).toEqual(['@lea thanks!', 'B']);
  });

  it('caps at three drafts', () => {
    expect(feed('@@1\nA\n@@2\nB\n@@3\nC\n@@4\nD', 2).drafts).toEqual(['A', 'B', 'D']);
  });
});
