import { beforeEach, describe, expect, it } from 'vitest';
import { pickProfile } from '@/utils/brand/pick-profile';
import { blankProfile, FALLBACK_PROFILE } from '@/utils/brand/profile';
import { terms, selectFacts, similarity } from '@/utils/brand/relevance';
import {
  addCandidate,
  clearCandidates,
  deleteProfile,
  duplicateProfile,
  promoteCandidate,
  restoreProfile,
  saveProfile,
} from '@/utils/brand/store';
import { fromTemplate } from '@/utils/brand/templates';
import { getDb } from '@/utils/storage/db';
import { defaultProfileIdItem } from '@/utils/storage/settings';

beforeEach(async () => {
  await getDb().profiles.clear();
  await getDb().candidates.clear();
});

describe('profile store', () => {
  it('refuses to write an invalid profile', async () => {
    await expect(saveProfile({ ...blankProfile(), name: '' })).rejects.toThrow();
    expect(await getDb().profiles.count()).toBe(0);
  });

  it('makes the first saved profile the default', async () => {
    const p = await saveProfile(fromTemplate('cafe'));
    expect(await defaultProfileIdItem.getValue()).toBe(p.id);
  });

  it('duplicates without the account bindings', async () => {
    const p = await saveProfile({ ...fromTemplate('cafe'), bindings: [{ platform: 'x', account: '@acme' }] });
    const copy = await duplicateProfile(p.id);
    expect(copy).toMatchObject({ name: 'Friendly café (copy)', bindings: [] });
    expect(copy!.id).not.toBe(p.id);
    expect(copy!.knowledge).toEqual(p.knowledge);
  });

  it('deletes with undo: the profile, its learned replies and its default status come back', async () => {
    const p = await saveProfile(fromTemplate('cafe'));
    const other = await saveProfile(fromTemplate('saas'));
    await addCandidate({ profileId: p.id, comment: 'c', reply: 'r', platform: 'x' });
    const deleted = await deleteProfile(p.id);
    expect(await getDb().profiles.get(p.id)).toBeUndefined();
    expect(await defaultProfileIdItem.getValue()).toBe(other.id);
    await restoreProfile(deleted!);
    expect(await getDb().profiles.get(p.id)).toEqual(p);
    expect(await getDb().candidates.where('profileId').equals(p.id).count()).toBe(1);
    expect(await defaultProfileIdItem.getValue()).toBe(p.id);
  });

  it('promotes a learned reply to an example, and clears the rest', async () => {
    const p = await saveProfile({ ...fromTemplate('cafe'), examples: [] });
    await addCandidate(
      { profileId: p.id, comment: 'Is it vegan?', reply: 'Yes, all of it! 🌱', platform: 'x' },
      1,
    );
    await addCandidate({ profileId: p.id, comment: 'Open late?', reply: 'Until 18:00.', platform: 'x' }, 2);
    const [first] = await getDb().candidates.where('profileId').equals(p.id).sortBy('createdAt');
    await promoteCandidate(first!.id);
    expect((await getDb().profiles.get(p.id))!.examples).toMatchObject([
      { comment: 'Is it vegan?', reply: 'Yes, all of it! 🌱' },
    ]);
    await clearCandidates(p.id);
    expect(await getDb().candidates.count()).toBe(0);
  });

  it('keeps at most 50 learned replies per profile, dropping the oldest', async () => {
    const p = await saveProfile(fromTemplate('cafe'));
    for (let i = 0; i < 55; i++)
      await addCandidate({ profileId: p.id, comment: `c${i}`, reply: `r${i}`, platform: 'x' }, i);
    const left = await getDb().candidates.where('profileId').equals(p.id).sortBy('createdAt');
    expect(left).toHaveLength(50);
    expect(left[0]!.comment).toBe('c5');
  });
});

describe('pickProfile', () => {
  const cafe = { ...fromTemplate('cafe'), bindings: [{ platform: 'x' as const, account: '@AcmeCafe' }] };
  const saas = {
    ...fromTemplate('saas'),
    bindings: [{ platform: 'linkedin' as const, account: 'Acme Robotics' }],
  };
  const all = [cafe, saas];

  it('picks the profile bound to the account the manager replies as', () => {
    expect(pickProfile(all, { platform: 'x', replyingAs: '@acmecafe', defaultId: saas.id })).toBe(cafe);
    expect(pickProfile(all, { platform: 'linkedin', replyingAs: 'acme robotics', defaultId: cafe.id })).toBe(
      saas,
    );
  });

  it('lets the manager’s choice win over a binding, and falls back to the default, the first, then neutral', () => {
    expect(pickProfile(all, { requestedId: saas.id, platform: 'x', replyingAs: '@acmecafe' })).toBe(saas);
    expect(pickProfile(all, { platform: 'x', replyingAs: '@someone', defaultId: saas.id })).toBe(saas);
    expect(pickProfile(all, {})).toBe(cafe);
    expect(pickProfile([], {})).toBe(FALLBACK_PROFILE);
  });

  it('does not match a binding on the other platform', () => {
    expect(pickProfile(all, { platform: 'linkedin', replyingAs: '@acmecafe', defaultId: saas.id })).toBe(
      saas,
    );
  });
});

describe('relevance', () => {
  it('folds accents and case, drops stop words, and splits CJK into bigrams', () => {
    expect(terms('Les Crêpes sont DÉLICIEUSES')).toEqual(['crepe', 'delicieuse']);
    expect(terms('营业时间')).toEqual(['营业', '业时', '时间']);
  });

  it('scores shared terms', () => {
    expect(similarity(terms('oat milk latte'), terms('latte with oat milk'))).toBeCloseTo(1);
    expect(similarity(terms('oat milk'), terms('parking nearby'))).toBe(0);
  });

  it('selects Chinese facts for a Chinese comment', () => {
    const facts = [
      { id: '1', topic: '营业时间', answer: '每天早上七点半开门。', pinned: false },
      { id: '2', topic: '外卖', answer: '三公里内可以送餐。', pinned: false },
    ];
    expect(selectFacts(facts, '请问你们的营业时间是几点？').map((f) => f.id)).toEqual(['1']);
  });
});

describe('profiles on any site', () => {
  it('a site binding picks the profile on that site, the most specific one first', async () => {
    const { blankProfile } = await import('@/utils/brand/profile');
    const { pickProfile, siteCovers } = await import('@/utils/brand/pick-profile');
    const acme = blankProfile({
      id: 'acme',
      name: 'Acme',
      bindings: [{ platform: 'web', account: 'facebook.com/acmecafe' }],
    });
    const all = blankProfile({
      id: 'all',
      name: 'All of Facebook',
      bindings: [{ platform: 'web', account: 'facebook.com' }],
    });
    const pick = (url: string) => pickProfile([all, acme], { platform: 'web', url }).id;
    expect(pick('https://www.facebook.com/acmecafe/posts/123')).toBe('acme');
    expect(pick('https://m.facebook.com/acmecafe')).toBe('acme');
    expect(pick('https://www.facebook.com/othercafe/posts/9')).toBe('all');
    expect(pick('https://www.facebook.com/acmecafeteria')).toBe('all'); // a path prefix is a whole segment
    expect(siteCovers('acme.com', 'https://shop.acme.com/reviews')).toBe(true);
    expect(siteCovers('acme.com', 'https://notacme.com/')).toBe(false);
    // A site binding never speaks on LinkedIn or X, where accounts decide.
    expect(
      pickProfile([acme], { platform: 'x', replyingAs: '@acmecafe', url: 'https://x.com/acmecafe' }).id,
    ).toBe('acme'); // only profile → first
    expect(
      pickProfile([all, acme], { platform: 'linkedin', url: 'https://www.facebook.com/acmecafe' }).id,
    ).toBe('all');
  });
});
