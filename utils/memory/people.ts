import type { BrandProfile } from '@/utils/brand/profile';
import { readLocally, type Intent, type Sentiment, type Topic } from '@/utils/queue/reading';
import { getDb } from '@/utils/storage/db';
import { bound } from '@/utils/text/clean';
import { answeredText, type Platform, type ThreadContext } from '@/utils/thread/context';

/**
 * Commenter memory: opt-in per brand profile (off by default). Each reply inserted for a person records
 * what they said and what we replied, shortened, with its local reading; the next time, the panel shows
 * "3rd conversation · last 12 Nov" and the prompt gets a short, fenced (and, for a remote model, redacted)
 * summary of the last few. It stays in the extension's database, for the profile's retention period
 * (90 days by default, cleaned daily), and can be forgotten per person or all at once, or exported.
 */
export interface Interaction {
  at: number;
  url: string;
  /** What they said, shortened. */
  said: string;
  /** What we replied, shortened. */
  replied: string;
  sentiment: Sentiment;
  intent: Intent;
  topics: Topic[];
}

export interface Person {
  /** personId(profileId, platform, who) */
  id: string;
  profileId: string;
  platform: Platform;
  /** An X handle or a LinkedIn profile path (ThreadContext.commenter). */
  who: string;
  /** The name the page showed last. */
  name: string;
  /** Oldest first, the last MAX_INTERACTIONS only. */
  interactions: Interaction[];
  updatedAt: number;
}

export const MAX_INTERACTIONS = 20;
/** Interactions the prompt and the panel use, most recent first. */
export const RECALLED = 3;
const SAID_CHARS = 200;
const REPLIED_CHARS = 280;

export const personId = (profileId: string, platform: string, who: string): string =>
  `${profileId}|${platform}|${who.toLowerCase()}`;

const idFor = (profile: BrandProfile, context: ThreadContext): string | undefined =>
  context.commenter ? personId(profile.id, context.platform, context.commenter) : undefined;

/** After an insertion for a profile with memory on: this conversation joins the person's record. */
export async function remember(
  profile: BrandProfile,
  context: ThreadContext,
  replied: string,
  now = Date.now(),
): Promise<void> {
  const id = idFor(profile, context);
  const answered = answeredText(context);
  if (!profile.memory.enabled || !id || !answered) return;
  const reading = readLocally(answered.text, { lang: context.language });
  const interaction: Interaction = {
    at: now,
    url: context.url,
    said: bound(answered.text.replace(/\s+/g, ' ').trim(), SAID_CHARS),
    replied: bound(replied.replace(/\s+/g, ' ').trim(), REPLIED_CHARS),
    sentiment: reading.sentiment,
    intent: reading.intent,
    topics: reading.topics,
  };
  const db = getDb();
  await db.transaction('rw', db.people, async () => {
    const before = await db.people.get(id);
    await db.people.put({
      id,
      profileId: profile.id,
      platform: context.platform,
      who: context.commenter!,
      name: bound(answered.author, 120),
      interactions: [...(before?.interactions ?? []), interaction].slice(-MAX_INTERACTIONS),
      updatedAt: now,
    });
  });
}

/** The person a reply answers, when the profile remembers people and knows this one. */
export async function recall(profile: BrandProfile, context: ThreadContext): Promise<Person | undefined> {
  const id = idFor(profile, context);
  if (!profile.memory.enabled || !id) return undefined;
  const person = await getDb().people.get(id);
  return person && person.interactions.length > 0 ? person : undefined;
}

export const forgetPerson = (id: string): Promise<void> => getDb().people.delete(id);

/** "Forget everyone": for one profile, or for all of them. */
export async function forgetEveryone(profileId?: string): Promise<number> {
  const table = getDb().people;
  return profileId
    ? table.where('profileId').equals(profileId).delete()
    : table.count().then(async (n) => {
        await table.clear();
        return n;
      });
}

/** The daily clean-up: interactions older than their profile's retention go; a person with none left goes. */
export async function prunePeople(profiles: readonly BrandProfile[], now = Date.now()): Promise<number> {
  const days = new Map(profiles.map((p) => [p.id, p.memory.retentionDays]));
  const db = getDb();
  let removed = 0;
  await db.transaction('rw', db.people, async () => {
    for (const person of await db.people.toArray()) {
      // A profile that was deleted keeps nobody.
      const keep = days.get(person.profileId);
      const left =
        keep === undefined ? [] : person.interactions.filter((i) => now - i.at < keep * 86_400_000);
      if (left.length === person.interactions.length) continue;
      removed += person.interactions.length - left.length;
      if (left.length === 0) await db.people.delete(person.id);
      else await db.people.put({ ...person, interactions: left });
    }
  });
  return removed;
}

/** Everything remembered, as a JSON file for the manager (or for a person's access request). */
export async function exportPeople(now = new Date()): Promise<string> {
  const people = await getDb().people.orderBy('updatedAt').toArray();
  return `${JSON.stringify({ format: 'reply-copilot/people', exportedAt: now.toISOString(), people }, null, 2)}\n`;
}

/** What the prompt receives: the last few conversations, most recent first. */
export const recalled = (person: Person): Interaction[] => person.interactions.slice(-RECALLED).reverse();
