import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/utils/storage/db';
import { clearAiLog, pruneAiLog } from '@/utils/storage/ai-log';
import { cleanUp } from '@/entrypoints/background/cleanup';
import { markAnswered, pruneThreads, type StoredThread } from '@/utils/queue/store';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');

const thread = (id: string, updatedAt: number): StoredThread => ({
  id,
  platform: 'x',
  surface: 'x',
  url: `https://x.com/a/status/${id}`,
  postId: id,
  truncated: false,
  items: [
    {
      id: '1',
      author: 'Jane',
      text: 'Late again.',
      byBrand: false,
      index: 0,
      reading: {
        sentiment: 'negative',
        intent: 'complaint',
        sarcasm: false,
        personal: false,
        language: 'en',
        topics: [],
        by: 'local',
      },
      local: {
        sentiment: 'negative',
        intent: 'complaint',
        sarcasm: false,
        personal: false,
        language: 'en',
        topics: [],
        by: 'local',
      },
      answered: 'page',
    },
  ],
  profileId: 'p',
  createdAt: updatedAt,
  updatedAt,
  refine: { state: 'none' },
});

const entry = (id: string, at: number) => ({
  id,
  at,
  event: 'shown' as const,
  platform: 'x' as const,
  postUrl: 'u',
  profileId: 'p',
  profileName: 'P',
  model: 'm',
});

describe('what the queue keeps, and for how long', () => {
  beforeEach(async () => {
    await getDb().threads.clear();
    await getDb().aiLog.clear();
  });

  it('the daily clean-up drops queues after 14 days and log entries after 90, keeping newer ones', async () => {
    await getDb().threads.bulkPut([thread('old', NOW - 15 * DAY), thread('new', NOW - 2 * DAY)]);
    await getDb().aiLog.bulkPut([entry('a', NOW - 91 * DAY), entry('b', NOW - 30 * DAY)]);
    await cleanUp(NOW);
    expect((await getDb().threads.toArray()).map((t) => t.id)).toEqual(['new']);
    expect((await getDb().aiLog.toArray()).map((e) => e.id)).toEqual(['b']);
    expect(await pruneThreads(NOW + 13 * DAY)).toBe(1);
    expect(await pruneAiLog(NOW + 61 * DAY)).toBe(1);
  });

  it('clearing the AI-use log clears the comment queues with it', async () => {
    await getDb().threads.put(thread('t', NOW));
    await getDb().aiLog.put(entry('a', NOW));
    await clearAiLog();
    expect(await getDb().threads.count()).toBe(0);
    expect(await getDb().aiLog.count()).toBe(0);
  });

  it('a mark never un-answers a comment the page shows answered', async () => {
    await getDb().threads.put(thread('t', NOW));
    await markAnswered('t', '1', undefined);
    expect((await getDb().threads.get('t'))!.items[0]!.answered).toBe('page');
  });
});
