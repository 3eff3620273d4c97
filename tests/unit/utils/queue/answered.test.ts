import { describe, expect, it } from 'vitest';
import { threadComments, type ThreadPlatform } from '../../../fixtures/src/thread/data';
import { answeredOnPage } from '@/utils/queue/answered';
import type { ThreadItem } from '@/utils/queue/thread';

/** The fixture thread as a page reader sees it: X says whom a reply answers by handle only. */
function asRead(platform: ThreadPlatform, n: number): { items: ThreadItem[]; want: Set<string> } {
  const comments = threadComments(platform, n);
  const byId = new Map(comments.map((c) => [c.id, c]));
  const items = comments.map((c) => ({
    id: c.id,
    author: c.author,
    handle: c.handle,
    text: c.text,
    byBrand: c.byBrand,
    ...(platform === 'x'
      ? c.replyTo
        ? { replyingTo: byId.get(c.replyTo)!.handle }
        : {}
      : { topLevelId: c.topLevelId }),
  }));
  return {
    items,
    want: new Set(comments.filter((c) => c.tags.includes('answeredByBrand')).map((c) => c.id)),
  };
}

describe('comments the page shows the brand answered', () => {
  it.each([
    ['x', 64],
    ['x', 600],
    ['linkedin', 64],
    ['linkedin', 600],
  ] as const)('%s, %i comments: exactly those the brand replied to', (platform, n) => {
    const { items, want } = asRead(platform, n);
    expect(answeredOnPage(items, platform)).toEqual(want);
  });

  const item = (id: string, author: string, extra: Partial<ThreadItem> = {}): ThreadItem => ({
    id,
    author,
    text: '',
    byBrand: false,
    ...extra,
  });

  it('on X, a brand reply to the post itself answers no comment', () => {
    const items = [
      item('1', 'Jane', { handle: 'jane' }),
      item('2', 'Acme', { handle: 'acme', byBrand: true }),
    ];
    expect(answeredOnPage(items, 'x').size).toBe(0);
  });

  it('on LinkedIn, a brand reply that names someone in the group answers that person, else the top comment', () => {
    const items = [
      item('1', 'Jane Roe', { topLevelId: '1' }),
      item('2', 'Bob Lee', { topLevelId: '1' }),
      item('3', 'Acme', { topLevelId: '1', byBrand: true, text: 'Thanks Bob, sending a DM.' }),
      item('4', 'Kim Ode', { topLevelId: '4' }),
      item('5', 'Acme', { topLevelId: '4', byBrand: true, text: 'We are on it.' }),
    ];
    expect(answeredOnPage(items, 'linkedin')).toEqual(new Set(['2', '4']));
  });
});
