import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { t } from '@/utils/i18n/i18n';
import { z } from 'zod';
import { PlatformSchema } from '@/utils/thread/context';
import type { Conversation } from '@/utils/brainstorm/conversation';
import {
  BrandProfileV1Schema,
  DEFAULT_ALERTS_SETTINGS,
  DEFAULT_MEMORY_SETTINGS,
  migrateProfileV1,
  type BrandProfile,
} from '@/utils/brand/profile';
import type { StoredThread } from '@/utils/queue/store';
import type { Person } from '@/utils/memory/people';
import type { Library } from '@/utils/library/schema';
import type { SavedReply, SavedUsage } from '@/utils/saved/schema';

/** A pair the manager made by editing a draft before inserting it: a candidate few-shot example. */
export const CandidateSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  comment: z.string().max(1500),
  reply: z.string().max(5000),
  platform: PlatformSchema,
  createdAt: z.number().int(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/** Tokens and estimated cost per day, per profile and model, from the usage the provider returns. */
export const UsageSchema = z.object({
  /** `${day}|${profileId}|${model}` */
  id: z.string(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  profileId: z.string(),
  model: z.string(),
  requests: z.number().int(),
  promptTokens: z.number().int(),
  completionTokens: z.number().int(),
  /** Undefined while the price of the model is unknown. */
  costUsd: z.number().optional(),
});
export type Usage = z.infer<typeof UsageSchema>;

/** The AI-use log: every suggestion shown and every draft inserted, kept in this browser only. */
export const AiLogEntrySchema = z.object({
  id: z.string(),
  at: z.number().int(),
  event: z.enum(['shown', 'inserted']),
  platform: PlatformSchema,
  postUrl: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  /** For insertions: whether the manager changed the draft first. */
  edited: z.boolean().optional(),
  /** The model that wrote it ("on-device" for Chrome's own). */
  model: z.string(),
  /** For insertions: a draft, a saved reply as it is, or a saved reply the model adapted (from v7). */
  source: z.enum(['draft', 'saved-exact', 'saved-adapted']).optional(),
});
export type AiLogEntry = z.infer<typeof AiLogEntrySchema>;

/**
 * The extension's one database. It lives in the extension's origin: the background and top-level
 * extension pages open it; content scripts and the in-page panel frame never do (the frame's storage
 * is partitioned under the host site, and the host must never see brand data).
 *
 * Every version step keeps the previous ones, so a browser on any older version upgrades in order.
 * Each step has a test that opens a database written by the version before it (tests/unit/utils/db.test.ts).
 */
/** A setting kept where no content script can reach it (the key, the provider, privacy choices). */
export interface KeyValue {
  id: string;
  value: unknown;
}

export class AppDB extends Dexie {
  profiles!: EntityTable<BrandProfile, 'id'>;
  candidates!: EntityTable<Candidate, 'id'>;
  usage!: EntityTable<Usage, 'id'>;
  aiLog!: EntityTable<AiLogEntry, 'id'>;
  conversations!: EntityTable<Conversation, 'id'>;
  kv!: EntityTable<KeyValue, 'id'>;
  threads!: EntityTable<StoredThread, 'id'>;
  people!: EntityTable<Person, 'id'>;
  savedReplies!: EntityTable<SavedReply, 'id'>;
  savedUsage!: EntityTable<SavedUsage, 'id'>;
  libraries!: EntityTable<Library, 'id'>;

  constructor(name = 'reply-copilot') {
    super(name);
    // v1 (0.1): profiles were { id, name, voice: string }.
    this.version(1).stores({ profiles: 'id, name, updatedAt' });
    // v2: full profiles (voice dials, rules, knowledge, examples, bindings…) and learning candidates.
    this.version(2)
      .stores({ profiles: 'id, name, updatedAt', candidates: 'id, profileId, createdAt' })
      .upgrade(upgradeProfilesToV2);
    // v3: the token and cost meter.
    this.version(3).stores({ usage: 'id, day, profileId' });
    // v4: the AI-use log.
    this.version(4).stores({ aiLog: 'id, at, profileId' });
    // v5: side-panel conversations, per profile.
    this.version(5).stores({ conversations: 'id, profileId, updatedAt' });
    // v6: settings that were in storage.local (readable by content scripts on Firefox and on Chrome
    // before 133): the provider, its keys, the privacy choices, the default profile. See storage/settings.ts.
    this.version(6).stores({ kv: 'id' });
    // v7: saved replies per profile, how often each was used, and the team libraries subscribed to.
    this.version(7).stores({
      savedReplies: 'id, profileId, updatedAt',
      savedUsage: 'id, lastUsedAt',
      libraries: 'id, &url',
    });
    // v8 (profile version 3): spike-alert thresholds and commenter-memory choices in every profile, and
    // the comment queues, one per post.
    this.version(8).stores({ threads: 'id, updatedAt' }).upgrade(upgradeProfilesToV3);
    // v9: commenter memory (opt-in per profile), one record per profile and person.
    this.version(9).stores({ people: 'id, profileId, updatedAt' });
  }
}

async function upgradeProfilesToV2(tx: Transaction): Promise<void> {
  await tx
    .table('profiles')
    .toCollection()
    .modify((record: unknown, ref: { value: unknown }) => {
      const old = BrandProfileV1Schema.safeParse(record);
      // A record that is not v1-shaped is left as it was rather than lost.
      if (old.success) ref.value = migrateProfileV1(old.data);
    });
}

async function upgradeProfilesToV3(tx: Transaction): Promise<void> {
  await tx
    .table('profiles')
    .toCollection()
    .modify((record: Partial<BrandProfile>) => {
      record.alerts ??= { ...DEFAULT_ALERTS_SETTINGS };
      record.memory ??= { ...DEFAULT_MEMORY_SETTINGS };
    });
}

let instance: AppDB | undefined;
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}

/** Whether an error means the browser's storage for the extension is full (Dexie may wrap it). */
export function isStorageFull(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError') return true;
    e = e.inner as typeof e;
  }
  return false;
}

/** What to tell the manager when a write failed: nothing was written, and what to do about it. */
export function writeFailure(error: unknown): string {
  return isStorageFull(error)
    ? t('storage.full')
    : t('storage.failed', [error instanceof Error ? error.message.slice(0, 200) : String(error)]);
}
