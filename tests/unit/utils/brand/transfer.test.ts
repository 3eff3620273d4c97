import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BrandProfileSchema } from '@/utils/brand/profile';
import { fromTemplate } from '@/utils/brand/templates';
import {
  EXPORT_FORMAT,
  exportProfiles,
  FILE_VERSION,
  importProfiles,
  parseImport,
  TransferRefusal,
} from '@/utils/brand/transfer';
import { blankSaved } from '@/utils/saved/schema';
import { getDb } from '@/utils/storage/db';

beforeEach(async () => {
  await getDb().profiles.clear();
  await getDb().savedReplies.clear();
});

describe('export and import', () => {
  it('round-trips profiles through a versioned file', () => {
    const profiles = [fromTemplate('cafe', 1), fromTemplate('saas', 2)];
    const file = exportProfiles(profiles, new Date('2026-11-22T10:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({
      format: EXPORT_FORMAT,
      version: 3,
      exportedAt: '2026-11-22T10:00:00.000Z',
      savedReplies: [],
    });
    const parsed = parseImport(file);
    expect(parsed).toEqual({ ok: true, profiles, savedReplies: [] });
  });

  it('rejects a file with one bad field as a whole, naming the field, and writes nothing', async () => {
    const good = fromTemplate('cafe', 1);
    const bad = { ...fromTemplate('saas', 2), rules: { ...fromTemplate('saas', 2).rules, emoji: 'lots' } };
    const parsed = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 2, profiles: [good, bad] }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.field).toBe('profiles[1].rules.emoji');
    expect(parsed.message).toContain('In profile 2 (“B2B SaaS”), field “rules.emoji”');
    expect(parsed.message).toContain('Nothing was imported.');
    expect(await getDb().profiles.count()).toBe(0);
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['a foreign JSON file', JSON.stringify({ name: 'something else' }), /not a Reply Copilot profile file/],
    [
      'another format',
      JSON.stringify({ format: 'other/app', version: 1, profiles: [] }),
      /not a Reply Copilot profile file/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 99, profiles: [{}] }),
      /newer version of Reply Copilot/,
    ],
    [
      'an empty file',
      JSON.stringify({ format: EXPORT_FORMAT, version: 2, profiles: [] }),
      /holds no profile/,
    ],
  ])('rejects %s with a message saying what to do', (_name, content, message) => {
    const parsed = parseImport(content);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('rejects two profiles with the same id', () => {
    const p = fromTemplate('cafe', 1);
    expect(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 2, profiles: [p, p] })).ok).toBe(
      false,
    );
  });

  it('migrates a file from version 1', () => {
    const file = readFileSync(resolve(process.cwd(), 'tests/fixtures/db/v1-export.json'), 'utf8');
    const parsed = parseImport(file);
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!parsed.ok) return;
    expect(BrandProfileSchema.parse(parsed.profiles[0])).toMatchObject({
      name: 'Acme Café',
      voice: { description: 'Warm and witty, short sentences.' },
    });
  });

  it('reads a version 2 file: its profiles get the spike thresholds and memory choices, memory off', () => {
    const { alerts: _a, memory: _m, ...v2 } = fromTemplate('cafe', 1);
    const parsed = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 2, profiles: [v2] }));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!parsed.ok) return;
    expect(parsed.profiles[0]).toMatchObject({
      name: v2.name,
      alerts: { negativeShare: 0.4, topicShare: 0.15, minComments: 10 },
      memory: { enabled: false, retentionDays: 90 },
    });
  });

  it('imports in one go: new ids are added, known ids updated', async () => {
    const existing = fromTemplate('cafe', 1);
    await getDb().profiles.add(existing);
    const renamed = { ...existing, name: 'Café renamed' };
    const fresh = fromTemplate('public', 2);
    expect(await importProfiles([renamed, fresh])).toEqual({ added: 1, updated: 1, saved: 0 });
    expect((await getDb().profiles.get(existing.id))?.name).toBe('Café renamed');
    expect(await getDb().profiles.count()).toBe(2);
  });
});

describe('saved replies in the same file (version 3)', () => {
  const cafe = () => fromTemplate('cafe', 1);
  const refund = (profileId: string) =>
    blankSaved(
      profileId,
      { id: 's1', title: 'Refund policy', body: 'Hi {first_name}. [[Refunds within 14 days.]]' },
      1,
    );

  it('round-trips profiles with their saved replies', async () => {
    const profile = cafe();
    const file = exportProfiles([profile], new Date('2026-11-22T10:00:00Z'), [refund(profile.id)]);
    expect(JSON.parse(file)).toMatchObject({
      version: FILE_VERSION,
      savedReplies: [{ title: 'Refund policy' }],
    });
    const parsed = parseImport(file);
    expect(parsed).toEqual({ ok: true, profiles: [profile], savedReplies: [refund(profile.id)] });
    if (!parsed.ok) return;
    expect(await importProfiles(parsed.profiles, parsed.savedReplies)).toEqual({
      added: 1,
      updated: 0,
      saved: 1,
    });
    expect(await getDb().savedReplies.get('s1')).toMatchObject({ profileId: profile.id });
  });

  it('still reads a version 2 file, which had no saved replies', () => {
    const profile = cafe();
    const parsed = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 2, profiles: [profile] }));
    expect(parsed).toEqual({ ok: true, profiles: [profile], savedReplies: [], migratedFrom: 2 });
  });

  it('refuses a file with one bad saved reply as a whole, naming it and its field', () => {
    const profile = cafe();
    const bad = { ...refund(profile.id), body: 'Hi {frist_name}.' };
    const parsed = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, version: 3, profiles: [profile], savedReplies: [bad] }),
    );
    expect(parsed).toMatchObject({ ok: false, field: 'savedReplies[0].body' });
    if (parsed.ok) return;
    expect(parsed.message).toContain(
      'In saved reply 1 (“Refund policy”), field “body”: Unknown variable: {frist_name}.',
    );
    expect(parsed.message).toContain('Nothing was imported.');
  });

  it('refuses two saved replies with the same id', () => {
    const profile = cafe();
    const parsed = parseImport(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 3,
        profiles: [profile],
        savedReplies: [refund(profile.id), refund(profile.id)],
      }),
    );
    expect(parsed).toMatchObject({ ok: false, field: 'savedReplies[1].id' });
  });

  it('at import, a saved reply whose profile is neither in the file nor here refuses it all', async () => {
    const profile = cafe();
    const error = await importProfiles([profile], [refund('nobody')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferRefusal);
    expect(error).toMatchObject({ field: 'savedReplies[0].profileId' });
    expect(await getDb().profiles.count()).toBe(0); // all or nothing
    // A profile already here is fine.
    await getDb().profiles.add(profile);
    expect(await importProfiles([], [refund(profile.id)])).toEqual({ added: 0, updated: 0, saved: 1 });
  });
});
