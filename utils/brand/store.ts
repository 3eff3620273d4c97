import type { SavedReply } from '@/utils/saved/schema';
import { getDb, type Candidate } from '@/utils/storage/db';
import { defaultProfileIdItem } from '@/utils/storage/settings';
import { BrandProfileSchema, type BrandProfile, type Example } from './profile';

/**
 * Profile writes, for the extension's own pages and the background (never a content script).
 * Every write validates the whole profile first: a profile that fails is not written at all.
 */
export async function saveProfile(profile: BrandProfile, now = Date.now()): Promise<BrandProfile> {
  const valid = BrandProfileSchema.parse({ ...profile, updatedAt: now });
  await getDb().profiles.put(valid);
  if (!(await defaultProfileIdItem.getValue())) await defaultProfileIdItem.setValue(valid.id);
  return valid;
}

export async function duplicateProfile(id: string, now = Date.now()): Promise<BrandProfile | undefined> {
  const source = await getDb().profiles.get(id);
  if (!source) return undefined;
  // Bindings say which profile speaks for an account: a copy must not steal them.
  return saveProfile(
    {
      ...structuredClone(source),
      id: crypto.randomUUID(),
      name: `${source.name} (copy)`.slice(0, 60),
      bindings: [],
      createdAt: now,
    },
    now,
  );
}

export interface DeletedProfile {
  profile: BrandProfile;
  candidates: Candidate[];
  /** Its saved replies, which go with it (and come back with it). */
  savedReplies?: SavedReply[];
  wasDefault: boolean;
}

/** Deletes a profile, its candidates and its saved replies, and returns what is needed to undo it. */
export async function deleteProfile(id: string): Promise<DeletedProfile | undefined> {
  const db = getDb();
  const deleted = await db.transaction('rw', db.profiles, db.candidates, db.savedReplies, async () => {
    const profile = await db.profiles.get(id);
    if (!profile) return undefined;
    const candidates = await db.candidates.where('profileId').equals(id).toArray();
    const savedReplies = await db.savedReplies.where('profileId').equals(id).toArray();
    await db.candidates.where('profileId').equals(id).delete();
    await db.savedReplies.where('profileId').equals(id).delete();
    await db.profiles.delete(id);
    return { profile, candidates, savedReplies };
  });
  if (!deleted) return undefined;
  const wasDefault = (await defaultProfileIdItem.getValue()) === id;
  if (wasDefault) {
    const next = await db.profiles.orderBy('name').first();
    await defaultProfileIdItem.setValue(next?.id ?? '');
  }
  return { ...deleted, wasDefault };
}

export async function restoreProfile({
  profile,
  candidates,
  savedReplies = [],
  wasDefault,
}: DeletedProfile): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.profiles, db.candidates, db.savedReplies, async () => {
    await db.profiles.put(profile);
    await db.candidates.bulkPut(candidates);
    await db.savedReplies.bulkPut(savedReplies);
  });
  if (wasDefault) await defaultProfileIdItem.setValue(profile.id);
}

export const setDefaultProfile = (id: string): Promise<void> => defaultProfileIdItem.setValue(id);

/* ---- Learning from the manager's edits ---- */

const MAX_CANDIDATES_PER_PROFILE = 50;

export async function addCandidate(
  candidate: Omit<Candidate, 'id' | 'createdAt'>,
  now = Date.now(),
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.candidates, async () => {
    await db.candidates.add({ ...candidate, id: crypto.randomUUID(), createdAt: now });
    const all = await db.candidates.where('profileId').equals(candidate.profileId).sortBy('createdAt');
    const excess = all.length - MAX_CANDIDATES_PER_PROFILE;
    if (excess > 0) await db.candidates.bulkDelete(all.slice(0, excess).map((c) => c.id));
  });
}

/** Makes a candidate one of the profile's examples (newest last; the oldest goes past 50). */
export async function promoteCandidate(candidateId: string, now = Date.now()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.profiles, db.candidates, async () => {
    const candidate = await db.candidates.get(candidateId);
    if (!candidate) return;
    const profile = await db.profiles.get(candidate.profileId);
    if (profile) {
      const example: Example = {
        id: candidate.id,
        comment: candidate.comment.slice(0, 1000) || '(no comment text)',
        reply: candidate.reply.slice(0, 1500),
      };
      const examples = [...profile.examples, example].slice(-50);
      await db.profiles.put(BrandProfileSchema.parse({ ...profile, examples, updatedAt: now }));
    }
    await db.candidates.delete(candidateId);
  });
}

export const dismissCandidate = (candidateId: string): Promise<void> =>
  getDb().candidates.delete(candidateId);

export async function clearCandidates(profileId: string): Promise<void> {
  await getDb().candidates.where('profileId').equals(profileId).delete();
}
