import { z } from 'zod';
import { getDb } from '@/utils/storage/db';
import { SavedReplySchema, type SavedReply } from '@/utils/saved/schema';
import {
  BrandProfileSchema,
  BrandProfileV1Schema,
  migrateProfileV1,
  PROFILE_VERSION,
  type BrandProfile,
} from './profile';
import { t } from '@/utils/i18n/i18n';

/**
 * Profiles as files: one profile or all, with their saved replies, versioned JSON. An import is checked
 * whole before anything is written; a file with one bad field is refused with that field named, and the
 * database is untouched. The same file, hosted by a team, is a team library (utils/library).
 *
 * Versions: 1 = profiles of shape 1; 2 = profiles of shape 2; 3 = the same, with `savedReplies`.
 * Older files are still read.
 */
export const EXPORT_FORMAT = 'reply-copilot/brand-profiles';
export const FILE_VERSION = 3;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** A team library's name, shown to those who subscribe to it. */
  name?: string;
  exportedAt: string;
  profiles: BrandProfile[];
  savedReplies: SavedReply[];
}

export function exportProfiles(
  profiles: readonly BrandProfile[],
  now = new Date(),
  savedReplies: readonly SavedReply[] = [],
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    profiles: [...profiles],
    savedReplies: [...savedReplies],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(profiles: readonly BrandProfile[], now = new Date()): string {
  const date = now.toISOString().slice(0, 10);
  const only =
    profiles.length === 1
      ? profiles[0]!.name
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
      : 'all';
  return `reply-copilot-profiles-${only || 'profile'}-${date}.json`;
}

export type ParsedImport =
  | {
      ok: true;
      profiles: BrandProfile[];
      savedReplies: SavedReply[];
      migratedFrom?: number;
      name?: string;
    }
  | { ok: false; message: string; field?: string };

const Envelope = z.object({
  format: z.string(),
  version: z.number().int(),
  name: z.string().trim().max(80).optional(),
  profiles: z.array(z.unknown()),
  savedReplies: z.array(z.unknown()).optional(),
});

/** Names the item a problem is in: "profile 2 (“B2B SaaS”)", "saved reply 1 (“Refunds”)". */
function which(root: 'profiles' | 'savedReplies', index: number, items: unknown[]): string {
  const item = items[index] as { name?: unknown; title?: unknown } | undefined;
  const label = root === 'profiles' ? item?.name : item?.title;
  if (root === 'savedReplies')
    return typeof label === 'string' && label
      ? t('saved.transfer.named', [index + 1, label.slice(0, 40)])
      : t('saved.transfer.number', [index + 1]);
  return typeof label === 'string' && label
    ? t('transfer.profileNamed', [index + 1, label.slice(0, 40)])
    : t('transfer.profileNumber', [index + 1]);
}

function describe(
  issue: z.core.$ZodIssue,
  file: Record<string, unknown[]>,
): { field: string; message: string } {
  const [root, index, ...rest] = issue.path;
  if ((root !== 'profiles' && root !== 'savedReplies') || typeof index !== 'number')
    return { field: issue.path.join('.'), message: issue.message };
  const whole = root === 'profiles' ? t('transfer.wholeProfile') : t('saved.transfer.whole');
  return {
    field: `${root}[${index}].${rest.join('.')}`,
    message: t('transfer.fieldProblem', [
      which(root, index, file[root]!),
      rest.join('.') || whole,
      issue.message,
    ]),
  };
}

const refuse = (message: string, field?: string): ParsedImport => ({
  ok: false,
  message: t('transfer.nothingImported', [message]),
  ...(field ? { field } : {}),
});

function firstDuplicate<T extends { id: string }>(items: readonly T[]): number {
  const ids = new Set<string>();
  return items.findIndex((item) => ids.size === ids.add(item.id).size);
}

export function parseImport(textContent: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch {
    return { ok: false, message: t('transfer.notJson') };
  }
  const envelope = Envelope.safeParse(data);
  if (!envelope.success || envelope.data.format !== EXPORT_FORMAT)
    return { ok: false, message: t('transfer.notOurs'), field: 'format' };
  const { version, profiles, name } = envelope.data;
  // Files before version 3 had no saved replies.
  const saved = version >= 3 ? (envelope.data.savedReplies ?? []) : [];
  if (version > FILE_VERSION) return { ok: false, message: t('transfer.newer', [version]), field: 'version' };
  if (profiles.length === 0 && saved.length === 0)
    return { ok: false, message: t('transfer.empty'), field: 'profiles' };

  const schema = version === 1 ? BrandProfileV1Schema : BrandProfileSchema;
  const parsed = z
    .object({ profiles: z.array(schema).max(500), savedReplies: z.array(SavedReplySchema).max(2000) })
    .safeParse({ profiles, savedReplies: saved });
  if (!parsed.success) {
    const { field, message } = describe(parsed.error.issues[0]!, { profiles, savedReplies: saved });
    return refuse(message, field);
  }
  const result =
    version === 1
      ? (parsed.data.profiles as z.infer<typeof BrandProfileV1Schema>[]).map(migrateProfileV1)
      : (parsed.data.profiles as BrandProfile[]);
  const twin = firstDuplicate(result);
  if (twin >= 0) return { ok: false, message: t('transfer.sameId', [result[twin]!.id]), field: 'profiles' };
  const savedReplies = parsed.data.savedReplies;
  const savedTwin = firstDuplicate(savedReplies);
  if (savedTwin >= 0)
    return refuse(t('saved.transfer.sameId', [savedReplies[savedTwin]!.id]), `savedReplies[${savedTwin}].id`);
  return {
    ok: true,
    profiles: result,
    savedReplies,
    ...(version < PROFILE_VERSION ? { migratedFrom: version } : {}),
    ...(name ? { name } : {}),
  };
}

/** A file refused at import for what only the database can tell (a saved reply for an unknown profile). */
export class TransferRefusal extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** The first saved reply whose profile is neither in the file nor in `known`, as a refusal. */
export function unknownProfile(
  savedReplies: readonly SavedReply[],
  profiles: readonly { id: string }[],
  known: ReadonlySet<string> = new Set(),
): TransferRefusal | undefined {
  const ids = new Set([...profiles.map((p) => p.id), ...known]);
  const index = savedReplies.findIndex((s) => !ids.has(s.profileId));
  if (index < 0) return undefined;
  const reply = savedReplies[index]!;
  return new TransferRefusal(
    t('transfer.nothingImported', [
      t('saved.transfer.unknownProfile', [reply.title.slice(0, 40), reply.profileId]),
    ]),
    `savedReplies[${index}].profileId`,
  );
}

/**
 * Writes parsed profiles and saved replies in one transaction: an existing id is updated, a new one
 * added. A saved reply for a profile that is neither in the file nor here refuses it all (TransferRefusal).
 */
export async function importProfiles(
  profiles: readonly BrandProfile[],
  savedReplies: readonly SavedReply[] = [],
): Promise<{ added: number; updated: number; saved: number }> {
  const db = getDb();
  return db.transaction('rw', db.profiles, db.savedReplies, async () => {
    const refs = [...new Set(savedReplies.map((s) => s.profileId))];
    const known = new Set((await db.profiles.bulkGet(refs)).filter(Boolean).map((p) => p!.id));
    const refusal = unknownProfile(savedReplies, profiles, known);
    if (refusal) throw refusal;
    const existing = new Set(
      (await db.profiles.bulkGet(profiles.map((p) => p.id))).filter(Boolean).map((p) => p!.id),
    );
    await db.profiles.bulkPut([...profiles]);
    await db.savedReplies.bulkPut([...savedReplies]);
    return { added: profiles.length - existing.size, updated: existing.size, saved: savedReplies.length };
  });
}
