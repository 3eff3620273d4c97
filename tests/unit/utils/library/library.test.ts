import { beforeEach, describe, expect, it } from 'vitest';
import { fromTemplate } from '@/utils/brand/templates';
import { EXPORT_FORMAT, exportProfiles } from '@/utils/brand/transfer';
import { diffLibrary } from '@/utils/library/diff';
import { fetchLibrary, libraryUrlProblem, MAX_LIBRARY_BYTES, parseLibrary } from '@/utils/library/fetch';
import { libraryItemId } from '@/utils/library/ids';
import {
  applyLibraryUpdate,
  checkAllLibraries,
  checkLibrary,
  dismissLibraryUpdate,
  libraryItems,
  ownership,
  subscribeLibrary,
  unsubscribeLibrary,
} from '@/utils/library/store';
import { blankSaved, type SavedReply } from '@/utils/saved/schema';
import { duplicateSaved, saveSaved } from '@/utils/saved/store';
import { getDb } from '@/utils/storage/db';

const URL_ = 'https://team.example/reply-copilot/library.json';
const cafe = fromTemplate('cafe', 1);
const refund = blankSaved(
  cafe.id,
  { id: 'refund', title: 'Refund policy', body: '[[Refunds within 14 days.]]' },
  1,
);
const hours = blankSaved(cafe.id, { id: 'hours', title: 'Opening hours', body: 'Open 8 am to 6 pm.' }, 1);
const file = (saved: SavedReply[], name = 'Acme support') =>
  exportProfiles([cafe], new Date('2026-11-22T10:00:00Z'), saved).replace(
    '{',
    `{\n  "name": ${JSON.stringify(name)},`,
  );

/** A fake server for the library's address: answers what the test says, and records what was asked. */
function server(body: string, status = 200) {
  const requests: { url: string; init?: RequestInit }[] = [];
  const state = { body, status };
  const fetcher = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return new Response(state.body, { status: state.status });
  }) as unknown as typeof fetch;
  return { fetcher, requests, state };
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all([
    db.libraries.clear(),
    db.profiles.clear(),
    db.savedReplies.clear(),
    db.savedUsage.clear(),
  ]);
});

describe('library addresses', () => {
  it('are HTTPS, or plain HTTP on this computer or network only', () => {
    expect(libraryUrlProblem(URL_)).toBe('');
    expect(libraryUrlProblem('http://127.0.0.1:8080/library.json')).toBe('');
    expect(libraryUrlProblem('http://intranet.local/library.json')).toBe('');
    expect(libraryUrlProblem('http://team.example/library.json')).toMatch(/https:\/\//);
    expect(libraryUrlProblem('ftp://team.example/x')).toMatch(/full address/);
    expect(libraryUrlProblem('library.json')).toMatch(/full address/);
  });
});

describe('a library file', () => {
  it('is the profiles file: its items get ids of their own, the same at every fetch', () => {
    const parsed = parseLibrary(file([refund]), 'abcd0123', 'team.example');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const profileId = libraryItemId('abcd0123', 'profile', cafe.id);
    expect(parsed.content.name).toBe('Acme support');
    expect(parsed.content.profiles.map((p) => p.id)).toEqual([profileId]);
    expect(parsed.content.savedReplies).toMatchObject([
      { id: libraryItemId('abcd0123', 'saved', 'refund'), profileId },
    ]);
    expect(profileId).not.toBe(cafe.id);
    expect(profileId.length).toBeLessThanOrEqual(64);
    // The same content again (even re-exported later) is the same revision.
    const again = parseLibrary(file([{ ...refund, updatedAt: 99 }]), 'abcd0123', 'team.example');
    expect(again.ok && again.content.revision).toBe(parsed.content.revision);
  });

  it('is refused whole, with the field named, when one item is bad or refers to a profile it lacks', () => {
    const bad = parseLibrary(file([{ ...refund, body: '{nope}' }]), 'abcd0123', 'x');
    expect(bad).toMatchObject({ ok: false, field: 'savedReplies[0].body' });
    const orphan = exportProfiles([], new Date(), [{ ...refund, profileId: 'someone-else' }]);
    expect(parseLibrary(orphan, 'abcd0123', 'x')).toMatchObject({
      ok: false,
      field: 'savedReplies[0].profileId',
    });
    expect(parseLibrary('<html>', 'abcd0123', 'x')).toMatchObject({ ok: false });
  });

  it('is fetched with one plain GET, no cookies; failures are messages, never exceptions', async () => {
    const ok = server(file([refund]));
    expect((await fetchLibrary(URL_, 'abcd0123', ok.fetcher)).ok).toBe(true);
    expect(ok.requests[0]).toMatchObject({ url: URL_, init: { method: 'GET', credentials: 'omit' } });
    expect(ok.requests[0]!.init?.body).toBeUndefined();

    expect(await fetchLibrary(URL_, 'abcd0123', server('', 404).fetcher)).toMatchObject({
      ok: false,
      message: 'team.example answered with status 404.',
    });
    expect(
      await fetchLibrary(URL_, 'abcd0123', server('x'.repeat(MAX_LIBRARY_BYTES + 1)).fetcher),
    ).toMatchObject({
      ok: false,
      message: 'The file is larger than 2 MB.',
    });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchLibrary(URL_, 'abcd0123', down)).toMatchObject({
      ok: false,
      message: /Could not reach team.example/,
    });
    expect(await fetchLibrary('http://team.example/x.json', 'abcd0123', ok.fetcher)).toMatchObject({
      field: 'url',
    });
    expect(ok.requests).toHaveLength(1); // the refused address was never fetched
  });
});

describe('subscribing, following and leaving a library', () => {
  it('subscribes: the items arrive read-only; a bad file at subscribe time keeps nothing', async () => {
    const broken = server(file([{ ...refund, title: '' }]));
    expect(await subscribeLibrary(URL_, broken.fetcher)).toMatchObject({
      ok: false,
      field: 'savedReplies[0].title',
    });
    expect(await getDb().libraries.count()).toBe(0);

    const good = server(file([refund]));
    const result = await subscribeLibrary(URL_, good.fetcher, 10);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { library } = result;
    expect(library).toMatchObject({ name: 'Acme support', appliedAt: 10, profileIds: [expect.any(String)] });
    expect((await getDb().profiles.get(library.profileIds[0]!))?.name).toBe(cafe.name);
    const [savedId] = library.savedIds;
    expect(ownership([library]).get(savedId!)).toMatchObject({ id: library.id });
    await expect(
      saveSaved({ ...(await getDb().savedReplies.get(savedId!))!, title: 'Mine now' }),
    ).rejects.toThrow();
    expect(await subscribeLibrary(URL_, good.fetcher)).toMatchObject({ ok: false, field: 'url' }); // once per address
  });

  it('an update waits for the manager, who sees what is added, changed and removed before applying it', async () => {
    const team = server(file([refund, hours]));
    const subscribed = await subscribeLibrary(URL_, team.fetcher, 10);
    if (!subscribed.ok) throw new Error(subscribed.message);
    const id = subscribed.library.id;
    expect(await checkLibrary(id, team.fetcher, 20)).toBe('same');

    const tips = blankSaved(cafe.id, { id: 'tips', title: 'Tipping', body: 'No tips needed.' }, 2);
    team.state.body = file([{ ...refund, body: '[[Refunds within 30 days.]]', tags: ['refund'] }, tips]);
    expect(await checkLibrary(id, team.fetcher, 30)).toBe('update');
    const library = (await getDb().libraries.get(id))!;
    expect(library.pending?.fetchedAt).toBe(30);
    // Nothing changed yet.
    expect((await libraryItems(library)).savedReplies.map((s) => s.title)).toEqual([
      'Refund policy',
      'Opening hours',
    ]);
    expect(diffLibrary(await libraryItems(library), library.pending!)).toEqual([
      { kind: 'saved', id: expect.any(String), label: 'Tipping', change: 'added', fields: [] },
      {
        kind: 'saved',
        id: expect.any(String),
        label: 'Refund policy',
        change: 'changed',
        fields: ['body', 'tags'],
      },
      { kind: 'saved', id: expect.any(String), label: 'Opening hours', change: 'removed', fields: [] },
    ]);

    expect(await applyLibraryUpdate(id, 40)).toBe(true);
    const after = (await getDb().libraries.get(id))!;
    expect(after).toMatchObject({ appliedAt: 40, pending: undefined });
    const items = await libraryItems(after);
    expect(items.savedReplies.map((s) => s.title).sort()).toEqual(['Refund policy', 'Tipping']);
    expect(await getDb().savedReplies.count()).toBe(2); // the removed one is gone
  });

  it('a bad file later is refused whole and noted: what the manager has stays as it was', async () => {
    const team = server(file([refund]));
    const subscribed = await subscribeLibrary(URL_, team.fetcher);
    if (!subscribed.ok) throw new Error(subscribed.message);
    team.state.body = file([{ ...refund, language: 'english' }]);
    expect(await checkAllLibraries(team.fetcher)).toEqual(['failed']);
    const library = (await getDb().libraries.get(subscribed.library.id))!;
    expect(library.problem).toMatchObject({ field: 'savedReplies[0].language' });
    expect(library.pending).toBeUndefined();
    expect(await getDb().savedReplies.count()).toBe(1);
  });

  it('an update can wait; unsubscribing removes the library’s items, and keeps the manager’s copies', async () => {
    const team = server(file([refund]));
    const subscribed = await subscribeLibrary(URL_, team.fetcher);
    if (!subscribed.ok) throw new Error(subscribed.message);
    const { id, savedIds } = subscribed.library;
    team.state.body = file([hours]);
    await checkLibrary(id, team.fetcher);
    await dismissLibraryUpdate(id);
    expect((await getDb().libraries.get(id))?.pending).toBeUndefined();

    const fork = await duplicateSaved(savedIds[0]!);
    await unsubscribeLibrary(id);
    expect(await getDb().libraries.count()).toBe(0);
    expect(await getDb().profiles.count()).toBe(0);
    expect((await getDb().savedReplies.toArray()).map((s) => s.id)).toEqual([fork!.id]);
  });

  it('a file of another format is refused at subscribe time with the field named', async () => {
    const other = server(JSON.stringify({ format: 'something/else', version: 1, profiles: [] }));
    expect(await subscribeLibrary(URL_, other.fetcher)).toMatchObject({ ok: false, field: 'format' });
    expect(EXPORT_FORMAT).toBe('reply-copilot/brand-profiles');
  });
});
