import { beforeEach, describe, expect, it } from 'vitest';
import { blankProfile, type BrandProfile } from '@/utils/brand/profile';
import {
  exportPeople,
  forgetEveryone,
  forgetPerson,
  MAX_INTERACTIONS,
  personId,
  prunePeople,
  recall,
  recalled,
  remember,
} from '@/utils/memory/people';
import { getDb } from '@/utils/storage/db';
import type { ThreadContext } from '@/utils/thread/context';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');

const profile = (id: string, enabled = true, retentionDays = 90): BrandProfile => {
  const p = blankProfile({ id, name: `Brand ${id}` }, 0);
  return { ...p, memory: { enabled, retentionDays } };
};
const jane = (text: string, overrides: Partial<ThreadContext> = {}): ThreadContext => ({
  platform: 'x',
  surface: 'x',
  url: 'https://x.com/acmecafe/status/1',
  post: { author: 'Acme Café (@acmecafe)', text: 'New menu!' },
  comment: { author: 'Jane Roe (@JaneRoe)', text },
  commenter: 'janeroe',
  draft: '',
  language: 'en',
  ...overrides,
});

beforeEach(async () => {
  await getDb().people.clear();
});

describe('commenter memory', () => {
  it('records nothing while the profile has memory off, nor for a comment with no author to tell', async () => {
    await remember(profile('a', false), jane('Where is my order?'), 'We are on it.', NOW);
    await remember(profile('a'), jane('Where is my order?', { commenter: undefined }), 'On it.', NOW);
    expect(await getDb().people.count()).toBe(0);
    expect(await recall(profile('a', false), jane('again'))).toBeUndefined();
  });

  it('keeps each conversation with its reading, per profile and person, and recalls the last three, newest first', async () => {
    const a = profile('a');
    await remember(a, jane('My delivery is late again.'), 'So sorry, Jane: we are checking.', NOW - 3 * DAY);
    await remember(a, jane('Still no delivery. I want a refund.'), 'A refund is on its way.', NOW - 2 * DAY);
    await remember(a, jane('Thanks, refund received!'), 'Glad to hear it!', NOW - DAY);
    await remember(a, jane('Do you open on Sunday?'), 'Yes, from 9.', NOW);
    // Another brand does not share what this one remembers.
    expect(await recall(profile('b'), jane('hi'))).toBeUndefined();

    const person = (await recall(a, jane('hello')))!;
    expect(person.id).toBe(personId('a', 'x', 'JANEROE'));
    expect(person.name).toBe('Jane Roe (@JaneRoe)');
    expect(person.interactions).toHaveLength(4);
    expect(person.interactions[0]).toMatchObject({
      said: 'My delivery is late again.',
      replied: 'So sorry, Jane: we are checking.',
      sentiment: 'negative',
      intent: 'complaint',
    });
    expect(recalled(person).map((i) => i.said)).toEqual([
      'Do you open on Sunday?',
      'Thanks, refund received!',
      'Still no delivery. I want a refund.',
    ]);
  });

  it('is bounded: long texts are shortened, and only the last conversations are kept', async () => {
    const a = profile('a');
    for (let i = 0; i < MAX_INTERACTIONS + 5; i++)
      await remember(a, jane(`Question ${i} ${'x'.repeat(500)}`), `Answer ${i}`, NOW + i);
    const person = (await recall(a, jane('hi')))!;
    expect(person.interactions).toHaveLength(MAX_INTERACTIONS);
    expect(person.interactions[0]!.said).toMatch(/^Question 5 /);
    expect(person.interactions[0]!.said.length).toBeLessThanOrEqual(200);
  });

  it('the daily clean-up drops conversations older than the profile’s retention, and people of deleted profiles', async () => {
    const short = profile('short', true, 30);
    const long = profile('long', true, 365);
    await remember(short, jane('Old complaint'), 'Old answer', NOW - 40 * DAY);
    await remember(short, jane('Recent question'), 'Recent answer', NOW - 10 * DAY);
    await remember(long, jane('Old complaint'), 'Old answer', NOW - 40 * DAY);
    await remember(long, jane('Another', { commenter: 'sam' }), 'Answer', NOW - 400 * DAY);
    await remember(profile('gone'), jane('Hello'), 'Hi', NOW);

    const removed = await prunePeople([short, long], NOW);
    expect(removed).toBe(3);
    expect((await recall(short, jane('x')))!.interactions.map((i) => i.said)).toEqual(['Recent question']);
    expect((await recall(long, jane('x')))!.interactions).toHaveLength(1);
    expect(await recall(long, jane('x', { commenter: 'sam' }))).toBeUndefined();
    expect(await getDb().people.where('profileId').equals('gone').count()).toBe(0);
  });

  it('forgets one person, everyone of a profile, or everyone; and exports all it keeps', async () => {
    const a = profile('a');
    const b = profile('b');
    await remember(a, jane('One'), 'Reply', NOW);
    await remember(a, jane('Two', { commenter: 'sam' }), 'Reply', NOW);
    await remember(b, jane('Three'), 'Reply', NOW);

    const file = JSON.parse(await exportPeople(new Date(NOW)));
    expect(file).toMatchObject({ format: 'reply-copilot/people', exportedAt: '2026-12-01T12:00:00.000Z' });
    expect(file.people).toHaveLength(3);

    await forgetPerson(personId('a', 'x', 'janeroe'));
    expect(await recall(a, jane('x'))).toBeUndefined();
    expect(await recall(b, jane('x'))).toBeDefined();
    expect(await forgetEveryone('a')).toBe(1);
    expect(await recall(a, jane('x', { commenter: 'sam' }))).toBeUndefined();
    expect(await recall(b, jane('x'))).toBeDefined();
    expect(await forgetEveryone()).toBe(1);
    expect(await getDb().people.count()).toBe(0);
  });
});
