import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandProfileSchema, migrateProfileV1 } from '@/utils/brand/profile';
import { blankSaved } from '@/utils/saved/schema';
import { AppDB } from '@/utils/storage/db';

const fixture = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/db/v1-profiles.json'), 'utf8'),
) as {
  profiles: { id: string; name: string; voice: string; createdAt: number; updatedAt: number }[];
};
const names: string[] = [];
const dbName = () => {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('AppDB migrations', () => {
  it('version 1 → 2: every profile survives, its voice kept, the rest filled with defaults', async () => {
    const name = dbName();
    // A database exactly as version 1 of the extension wrote it.
    const old = new Dexie(name);
    old.version(1).stores({ profiles: 'id, name, updatedAt' });
    await old.table('profiles').bulkAdd(fixture.profiles);
    old.close();

    const db = new AppDB(name);
    const profiles = await db.profiles.orderBy('name').toArray();
    expect(profiles.map((p) => p.name)).toEqual(['Acme Café', 'Acme Robotics', 'Mairie de Lyon 🏛️']);
    for (const profile of profiles) {
      expect(BrandProfileSchema.safeParse(profile).success).toBe(true);
      const before = fixture.profiles.find((p) => p.id === profile.id)!;
      expect(profile.voice.description).toBe(before.voice);
      expect(profile.createdAt).toBe(before.createdAt);
      expect(profile.updatedAt).toBe(before.updatedAt);
    }
    // The new table exists and works.
    await db.candidates.add({
      id: 'c1',
      profileId: profiles[0]!.id,
      comment: 'hi',
      reply: 'hello',
      platform: 'x',
      createdAt: 1,
    });
    expect(await db.candidates.where('profileId').equals(profiles[0]!.id).count()).toBe(1);
    db.close();
  });

  it('version 2 → 3: profiles and learned replies survive, and the usage meter appears', async () => {
    const name = dbName();
    const v2 = new Dexie(name);
    v2.version(1).stores({ profiles: 'id, name, updatedAt' });
    v2.version(2).stores({ profiles: 'id, name, updatedAt', candidates: 'id, profileId, createdAt' });
    const profile = migrateProfileV1(fixture.profiles[0]!);
    await v2.table('profiles').add(profile);
    await v2
      .table('candidates')
      .add({ id: 'c1', profileId: profile.id, comment: 'c', reply: 'r', platform: 'x', createdAt: 1 });
    v2.close();

    const db = new AppDB(name);
    expect(await db.profiles.get(profile.id)).toEqual(profile);
    expect(await db.candidates.count()).toBe(1);
    expect(await db.usage.count()).toBe(0);
    db.close();
  });

  it('version 3 → 4: everything survives, and the AI-use log appears', async () => {
    const name = dbName();
    const v3 = new Dexie(name);
    v3.version(1).stores({ profiles: 'id, name, updatedAt' });
    v3.version(2).stores({ profiles: 'id, name, updatedAt', candidates: 'id, profileId, createdAt' });
    v3.version(3).stores({ usage: 'id, day, profileId' });
    const profiles = fixture.profiles.map(migrateProfileV1);
    await v3.table('profiles').bulkAdd(profiles);
    await v3.table('usage').add({
      id: '2026-11-01|p|m',
      day: '2026-11-01',
      profileId: 'p',
      model: 'm',
      requests: 3,
      promptTokens: 9,
      completionTokens: 3,
    });
    v3.close();

    const db = new AppDB(name);
    expect(await db.profiles.orderBy('name').toArray()).toEqual(
      [...profiles].sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect((await db.usage.get('2026-11-01|p|m'))?.requests).toBe(3);
    await db.aiLog.add({
      id: 'l1',
      at: 1,
      event: 'shown',
      platform: 'x',
      postUrl: 'u',
      profileId: 'p',
      profileName: 'P',
      model: 'm',
    });
    expect(await db.aiLog.count()).toBe(1);
    db.close();
  });

  it('version 4 → 5: everything survives, and side-panel conversations appear', async () => {
    const name = dbName();
    const v4 = new Dexie(name);
    v4.version(1).stores({ profiles: 'id, name, updatedAt' });
    v4.version(2).stores({ profiles: 'id, name, updatedAt', candidates: 'id, profileId, createdAt' });
    v4.version(3).stores({ usage: 'id, day, profileId' });
    v4.version(4).stores({ aiLog: 'id, at, profileId' });
    const profiles = fixture.profiles.map(migrateProfileV1);
    await v4.table('profiles').bulkAdd(profiles);
    await v4.table('aiLog').add({
      id: 'l1',
      at: 1,
      event: 'inserted',
      platform: 'x',
      postUrl: 'u',
      profileId: 'p',
      profileName: 'P',
      edited: true,
      model: 'm',
    });
    v4.close();

    const db = new AppDB(name);
    expect(await db.profiles.count()).toBe(profiles.length);
    expect(await db.aiLog.get('l1')).toMatchObject({ edited: true });
    await db.conversations.add({
      id: 'c1',
      profileId: profiles[0]!.id,
      title: 'T',
      messages: [],
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await db.conversations.where('profileId').equals(profiles[0]!.id).count()).toBe(1);
    db.close();
  });

  it('version 5 → 6: everything survives, and the settings table (out of content scripts’ reach) appears', async () => {
    const name = dbName();
    const v5 = new Dexie(name);
    v5.version(1).stores({ profiles: 'id, name, updatedAt' });
    v5.version(2).stores({ profiles: 'id, name, updatedAt', candidates: 'id, profileId, createdAt' });
    v5.version(3).stores({ usage: 'id, day, profileId' });
    v5.version(4).stores({ aiLog: 'id, at, profileId' });
    v5.version(5).stores({ conversations: 'id, profileId, updatedAt' });
    const profiles = fixture.profiles.map(migrateProfileV1);
    await v5.table('profiles').bulkAdd(profiles);
    await v5
      .table('conversations')
      .add({ id: 'c1', profileId: 'p', title: 'T', messages: [], createdAt: 1, updatedAt: 1 });
    v5.close();

    const db = new AppDB(name);
    expect(await db.profiles.count()).toBe(profiles.length);
    expect(await db.conversations.get('c1')).toMatchObject({ title: 'T' });
    await db.kv.put({ id: 'keys', value: { 'https://api.openai.com': 'sk-1' } });
    expect(await db.kv.get('keys')).toEqual({ id: 'keys', value: { 'https://api.openai.com': 'sk-1' } });
    db.close();
  });

  it('version 6 → 9: version-2 profiles get the spike thresholds and memory choices; the comment queues and commenter memory appear', async () => {
    const name = dbName();
    const v6 = new Dexie(name);
    v6.version(1).stores({ profiles: 'id, name, updatedAt' });
    v6.version(2).stores({ profiles: 'id, name, updatedAt', candidates: 'id, profileId, createdAt' });
    v6.version(3).stores({ usage: 'id, day, profileId' });
    v6.version(4).stores({ aiLog: 'id, at, profileId' });
    v6.version(5).stores({ conversations: 'id, profileId, updatedAt' });
    v6.version(6).stores({ kv: 'id' });
    // Profiles as version 2 of the profile format stored them: no alerts, no memory.
    const profiles = fixture.profiles.map((old) => {
      const { alerts: _a, memory: _m, ...v2 } = migrateProfileV1(old);
      return v2;
    });
    await v6.table('profiles').bulkAdd(profiles);
    await v6.table('kv').put({ id: 'keys', value: { 'https://api.openai.com': 'sk-1' } });
    v6.close();

    const db = new AppDB(name);
    const upgraded = await db.profiles.toArray();
    expect(upgraded).toHaveLength(profiles.length);
    for (const profile of upgraded) {
      expect(BrandProfileSchema.safeParse(profile).success).toBe(true);
      expect(profile.alerts).toEqual({ negativeShare: 0.4, topicShare: 0.15, minComments: 10 });
      expect(profile.memory).toEqual({ enabled: false, retentionDays: 90 });
      const before = profiles.find((p) => p.id === profile.id)!;
      expect({ ...profile, alerts: undefined, memory: undefined }).toEqual({
        ...before,
        alerts: undefined,
        memory: undefined,
      });
    }
    expect(await db.kv.get('keys')).toMatchObject({ value: { 'https://api.openai.com': 'sk-1' } });
    expect(await db.threads.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    db.close();
  });

  it('version 6 → 9: everything survives, and saved replies, their usage and team libraries appear', async () => {
    const name = dbName();
    const v6 = new Dexie(name);
    v6.version(1).stores({ profiles: 'id, name, updatedAt' });
    v6.version(2).stores({ profiles: 'id, name, updatedAt', candidates: 'id, profileId, createdAt' });
    v6.version(3).stores({ usage: 'id, day, profileId' });
    v6.version(4).stores({ aiLog: 'id, at, profileId' });
    v6.version(5).stores({ conversations: 'id, profileId, updatedAt' });
    v6.version(6).stores({ kv: 'id' });
    const profiles = fixture.profiles.map(migrateProfileV1);
    await v6.table('profiles').bulkAdd(profiles);
    await v6.table('kv').put({ id: 'defaultProfileId', value: profiles[0]!.id });
    await v6.table('aiLog').add({
      id: 'l1',
      at: 1,
      event: 'inserted',
      platform: 'x',
      postUrl: 'u',
      profileId: 'p',
      profileName: 'P',
      edited: false,
      model: 'm',
    });
    v6.close();

    const db = new AppDB(name);
    expect(await db.profiles.count()).toBe(profiles.length);
    expect(await db.kv.get('defaultProfileId')).toEqual({ id: 'defaultProfileId', value: profiles[0]!.id });
    // An entry from before saved replies has no source: it was a draft (ai-log.ts says so in the CSV).
    expect((await db.aiLog.get('l1'))?.source).toBeUndefined();
    const reply = blankSaved(profiles[0]!.id, { title: 'Hours', body: 'Open {today}.' }, 1);
    await db.savedReplies.add(reply);
    await db.savedUsage.add({ id: reply.id, count: 1, lastUsedAt: 2 });
    await db.libraries.add({
      id: '0123abcd',
      url: 'https://team.example/library.json',
      name: 'Team',
      addedAt: 1,
      revision: '',
      profileIds: [],
      savedIds: [],
    });
    expect(await db.savedReplies.where('profileId').equals(profiles[0]!.id).count()).toBe(1);
    expect(await db.savedUsage.get(reply.id)).toMatchObject({ count: 1 });
    // One subscription per address.
    await expect(
      db.libraries.add({ ...(await db.libraries.get('0123abcd'))!, id: '99999999' }),
    ).rejects.toThrow();
    db.close();
  });

  it('a fresh database opens at the latest version', async () => {
    const db = new AppDB(dbName());
    await db.open();
    expect(db.verno).toBe(9);
    db.close();
  });
});
