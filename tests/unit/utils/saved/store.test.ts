import { beforeEach, describe, expect, it } from 'vitest';
import { fieldErrors } from '@/utils/brand/profile';
import { blankSaved, SavedReplySchema } from '@/utils/saved/schema';
import {
  deleteSaved,
  duplicateSaved,
  recordSavedUse,
  restoreSaved,
  saveSaved,
  savedEntries,
} from '@/utils/saved/store';
import { getDb } from '@/utils/storage/db';

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.savedReplies.clear(), db.savedUsage.clear(), db.libraries.clear()]);
});

const refund = () =>
  blankSaved(
    'p1',
    { title: 'Refund policy', body: 'Hi {first_name}. [[Refunds within 14 days.]]', tags: ['refund'] },
    1,
  );

describe('the saved-reply schema', () => {
  it('accepts a reply with known variables, fields and required passages', () => {
    expect(SavedReplySchema.safeParse(refund()).success).toBe(true);
  });

  it('names the field of each problem, in the manager’s words', () => {
    const result = SavedReplySchema.safeParse({
      ...refund(),
      title: ' ',
      body: 'Hi {frist_name}. [[Refunds',
      language: 'english',
      platform: 'myspace',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrors(result.error);
    expect(errors.title).toBe('Give the saved reply a title.');
    expect(errors.language).toBe('Use a language code such as en, fr or zh-CN.');
    expect(errors.platform).toBeTruthy();
    // The template's own checks run once the fields are valid.
    const body = SavedReplySchema.safeParse({ ...refund(), body: 'Hi {frist_name}. [[Refunds' });
    expect(body.success).toBe(false);
    if (!body.success)
      expect(body.error.issues.map((i) => i.message)).toEqual([
        expect.stringContaining('Unknown variable: {frist_name}.'),
        'A required passage opens with [[ and closes with ]], one at a time.',
      ]);
  });
});

describe('saved-reply writes', () => {
  it('save, duplicate, delete with undo: usage comes back with the reply', async () => {
    const saved = await saveSaved(refund(), 5);
    expect(saved.updatedAt).toBe(5);
    await recordSavedUse(saved.id, 10);
    await recordSavedUse(saved.id, 20);
    expect(await savedEntries('p1')).toMatchObject([{ id: saved.id, uses: 2, lastUsedAt: 20 }]);

    const copy = await duplicateSaved(saved.id, 30);
    expect(copy).toMatchObject({ title: 'Refund policy (copy)', profileId: 'p1', createdAt: 30 });
    expect(copy!.id).not.toBe(saved.id);
    expect(await savedEntries()).toHaveLength(2);

    const deleted = await deleteSaved(saved.id);
    expect(deleted?.usage?.count).toBe(2);
    expect(await getDb().savedReplies.get(saved.id)).toBeUndefined();
    await restoreSaved(deleted!);
    expect(await savedEntries('p1')).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: saved.id, uses: 2 })]),
    );
  });

  it('refuses to write a reply that fails validation, and writes nothing', async () => {
    await expect(saveSaved({ ...refund(), body: '{nope}' })).rejects.toThrow();
    expect(await getDb().savedReplies.count()).toBe(0);
  });

  it('keeps a team library’s replies read-only: no edit, no delete; a copy is the manager’s own', async () => {
    const item = { ...refund(), id: 'lib-0000abcd-s1' };
    await getDb().savedReplies.put(item);
    await getDb().libraries.put({
      id: '0000abcd',
      url: 'https://team.example/library.json',
      name: 'Team',
      addedAt: 1,
      revision: 'r',
      profileIds: [],
      savedIds: [item.id],
    });
    await expect(saveSaved({ ...item, title: 'Changed' })).rejects.toThrow(/team library/);
    await expect(deleteSaved(item.id)).rejects.toThrow(/team library/);
    const fork = await duplicateSaved(item.id);
    expect(await saveSaved({ ...fork!, title: 'My refund reply' })).toMatchObject({
      title: 'My refund reply',
    });
  });

  it('counts a use only for a reply that exists', async () => {
    await recordSavedUse('gone');
    expect(await getDb().savedUsage.count()).toBe(0);
  });

  it('go with their profile when it is deleted, and come back with it on undo', async () => {
    const { deleteProfile, restoreProfile, saveProfile } = await import('@/utils/brand/store');
    const { fromTemplate } = await import('@/utils/brand/templates');
    const profile = await saveProfile(fromTemplate('cafe'));
    const reply = await saveSaved({ ...refund(), profileId: profile.id });
    const deleted = await deleteProfile(profile.id);
    expect(await getDb().savedReplies.get(reply.id)).toBeUndefined();
    await restoreProfile(deleted!);
    expect(await getDb().savedReplies.get(reply.id)).toEqual(reply);
  });
});
