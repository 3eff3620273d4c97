import { describe, expect, it } from 'vitest';
import { moodCounts, tagCounts, threadComments } from '../../../fixtures/src/thread/data';
import { mergeRead } from '@/utils/queue/store';
import { DEFAULT_ALERTS, moodOf, sortQueue, spikeOf, type QueueItem } from '@/utils/queue/queue';
import type { ThreadRead } from '@/utils/queue/thread';

function read(n = 64): ThreadRead {
  const comments = threadComments('linkedin', n);
  return {
    platform: 'linkedin',
    surface: 'linkedin-classic',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7100/',
    postId: '7100',
    items: comments.map((c) => ({
      id: c.id,
      author: c.author,
      text: c.text,
      byBrand: c.byBrand,
      lang: c.lang,
      topLevelId: c.topLevelId,
    })),
    truncated: false,
  };
}
const thread = (n?: number) =>
  mergeRead(undefined, read(n), { personalTopics: ['refunds', 'legal', 'safety', 'health'], profileId: 'p' });

describe('the queue of a thread', () => {
  it('counts the mood as the fixture does, and the answered ones', () => {
    const comments = threadComments('linkedin');
    const mood = moodOf(thread().items);
    expect(mood.total).toBe(58);
    expect(mood.answered).toBe(tagCounts(comments).answeredByBrand);
    expect(mood.sentiment).toEqual(moodCounts(comments));
    expect(mood.sarcasm).toBe(tagCounts(comments).sarcasm);
    expect(mood.topics[0]).toEqual({
      topic: 'late-delivery',
      count: tagCounts(comments)['topic:late-delivery'],
    });
  });

  it('raises the spike alert over a threshold, and not under it, nor on a short thread', () => {
    const mood = moodOf(thread().items);
    expect(spikeOf(mood, DEFAULT_ALERTS)?.topic).toMatchObject({ topic: 'late-delivery', count: 12 });
    expect(spikeOf(mood, DEFAULT_ALERTS)?.negative).toBeUndefined();
    expect(spikeOf(mood, { ...DEFAULT_ALERTS, topicShare: 0.25 })).toBeNull();
    expect(spikeOf(mood, { ...DEFAULT_ALERTS, negativeShare: 0.3 })?.negative).toMatchObject({ count: 20 });
    expect(spikeOf(mood, { ...DEFAULT_ALERTS, minComments: 100 })).toBeNull();
  });

  it('sorts by need, then page order; filters by answered, sentiment and language', () => {
    const items = thread().items;
    const order = sortQueue(items, { unansweredOnly: true });
    const rank = (i: QueueItem) =>
      ['personal', 'unhappy', 'question', 'rest'].indexOf(
        i.reading.personal
          ? 'personal'
          : i.reading.sentiment === 'negative'
            ? 'unhappy'
            : i.reading.intent === 'question'
              ? 'question'
              : 'rest',
      );
    for (let k = 1; k < order.length; k++) {
      const [a, b] = [order[k - 1]!, order[k]!];
      expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.index < b.index)).toBe(true);
    }
    expect(order.some((i) => i.answered || i.byBrand)).toBe(false);
    expect(sortQueue(items, { unansweredOnly: false }).length).toBe(58);
    expect(
      sortQueue(items, { unansweredOnly: false, language: 'fr' }).every((i) => i.reading.language === 'fr'),
    ).toBe(true);
    expect(sortQueue(items, { unansweredOnly: false, sentiment: 'positive' })).toHaveLength(19);
  });
});

describe('merging what the page shows into the stored queue', () => {
  it('keeps comments the page unloaded, places new ones after the comment before them, and reads a changed one again', () => {
    const first = thread();
    const now = read();
    const kept = now.items.slice(10, 20); // the page shows only these now (the rest scrolled away)
    const added = {
      id: '99001',
      author: 'New Person',
      text: 'Where is my parcel? Still waiting.',
      byBrand: false,
    };
    const changed = { ...kept[2]!, text: 'Actually, I love it now!' };
    const merged = mergeRead(
      first,
      { ...now, items: [kept[0]!, added, kept[1]!, changed, ...kept.slice(3)] },
      { personalTopics: [], profileId: 'p' },
    );
    expect(merged.items).toHaveLength(first.items.length + 1);
    expect(merged.items[11]!.id).toBe('99001');
    expect(merged.items[11]!.reading).toMatchObject({
      sentiment: 'negative',
      topics: ['late-delivery'],
      by: 'local',
    });
    const after = merged.items.find((i) => i.id === changed.id)!;
    expect(after.reading.sentiment).toBe('positive');
    expect(merged.items.map((i) => i.index)).toEqual(merged.items.map((_, i) => i));
  });

  it('keeps what the manager did, and follows the brand’s replies the page shows', () => {
    const first = thread();
    const target = first.items.find((i) => !i.byBrand && !i.answered)!;
    const marked = {
      ...first,
      items: first.items.map((i) => (i.id === target.id ? { ...i, answered: 'inserted' as const } : i)),
    };
    const again = mergeRead(marked, read(), { personalTopics: [], profileId: 'p' });
    expect(again.items.find((i) => i.id === target.id)!.answered).toBe('inserted');
    expect(again.items.filter((i) => i.answered === 'page')).toHaveLength(6);
  });
});
