import { userError, UserFacingError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { getDb } from '@/utils/storage/db';
import { SavedReplySchema, type SavedEntry, type SavedReply, type SavedUsage } from './schema';

/**
 * Saved-reply writes, for the extension's own pages and the background (never a content script).
 * Every write validates the whole reply first. A team library's replies are read-only here: "make my
 * copy" gives the manager one of their own.
 */
export async function isLibraryItem(id: string): Promise<boolean> {
  const libraries = await getDb().libraries.toArray();
  return libraries.some((library) => library.savedIds.includes(id) || library.profileIds.includes(id));
}

const readOnly = () =>
  new UserFacingError(userError('bad-request', t('saved.readOnly.title'), t('saved.readOnly.detail')));

export async function saveSaved(reply: SavedReply, now = Date.now()): Promise<SavedReply> {
  const valid = SavedReplySchema.parse({ ...reply, updatedAt: now });
  if (await isLibraryItem(valid.id)) throw readOnly();
  await getDb().savedReplies.put(valid);
  return valid;
}

/** A copy the manager owns and may edit: of their own reply, or of a team library's ("make my copy"). */
export async function duplicateSaved(id: string, now = Date.now()): Promise<SavedReply | undefined> {
  const source = await getDb().savedReplies.get(id);
  if (!source) return undefined;
  const copy: SavedReply = {
    ...structuredClone(source),
    id: crypto.randomUUID(),
    title: t('saved.copyOf', [source.title]).slice(0, 80),
    createdAt: now,
    updatedAt: now,
  };
  await getDb().savedReplies.put(SavedReplySchema.parse(copy));
  return copy;
}

export interface DeletedSaved {
  reply: SavedReply;
  usage?: SavedUsage;
}

/** Deletes one of the manager's saved replies and returns what undoing it needs. */
export async function deleteSaved(id: string): Promise<DeletedSaved | undefined> {
  if (await isLibraryItem(id)) throw readOnly();
  const db = getDb();
  return db.transaction('rw', db.savedReplies, db.savedUsage, async () => {
    const reply = await db.savedReplies.get(id);
    if (!reply) return undefined;
    const usage = await db.savedUsage.get(id);
    await db.savedReplies.delete(id);
    await db.savedUsage.delete(id);
    return { reply, ...(usage ? { usage } : {}) };
  });
}

export async function restoreSaved({ reply, usage }: DeletedSaved): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.savedReplies, db.savedUsage, async () => {
    await db.savedReplies.put(reply);
    if (usage) await db.savedUsage.put(usage);
  });
}

/** One more use (inserted, sent to the composer, or copied), now. Never throws: counting must not block. */
export async function recordSavedUse(id: string, now = Date.now()): Promise<void> {
  const db = getDb();
  try {
    await db.transaction('rw', db.savedReplies, db.savedUsage, async () => {
      if (!(await db.savedReplies.get(id))) return;
      const usage = await db.savedUsage.get(id);
      await db.savedUsage.put({ id, count: (usage?.count ?? 0) + 1, lastUsedAt: now });
    });
  } catch {
    // A full disk or a closed database: the reply itself went in.
  }
}

/** Saved replies with how often each was used, for the lists (panel, side panel, options). */
export async function savedEntries(profileId?: string): Promise<SavedEntry[]> {
  const db = getDb();
  const replies = profileId
    ? await db.savedReplies.where('profileId').equals(profileId).toArray()
    : await db.savedReplies.toArray();
  const usage = await db.savedUsage.bulkGet(replies.map((r) => r.id));
  return replies.map((reply, i) => ({
    ...reply,
    uses: usage[i]?.count ?? 0,
    ...(usage[i] ? { lastUsedAt: usage[i]!.lastUsedAt } : {}),
  }));
}
