import { z } from 'zod';
import { getDb } from '@/utils/storage/db';
import {
  BrandProfileSchema,
  BrandProfileV1Schema,
  migrateProfileV1,
  PROFILE_VERSION,
  type BrandProfile,
} from './profile';
import { t } from '@/utils/i18n/i18n';

/**
 * Profiles as files: one profile or all, versioned JSON. An import is checked whole before anything is
 * written; a file with one bad field is refused with that field named, and the database is untouched.
 */
export const EXPORT_FORMAT = 'reply-copilot/brand-profiles';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  profiles: BrandProfile[];
}

export function exportProfiles(profiles: readonly BrandProfile[], now = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: PROFILE_VERSION,
    exportedAt: now.toISOString(),
    profiles: [...profiles],
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
  | { ok: true; profiles: BrandProfile[]; migratedFrom?: number }
  | { ok: false; message: string; field?: string };

const Envelope = z.object({ format: z.string(), version: z.number().int(), profiles: z.array(z.unknown()) });

function describe(issue: z.core.$ZodIssue, profiles: unknown[]): { field: string; message: string } {
  const [root, index, ...rest] = issue.path;
  if (root !== 'profiles' || typeof index !== 'number')
    return { field: issue.path.join('.'), message: issue.message };
  const name = (profiles[index] as { name?: unknown } | undefined)?.name;
  const field = rest.join('.') || t('transfer.wholeProfile');
  const which =
    typeof name === 'string' && name
      ? t('transfer.profileNamed', [index + 1, name.slice(0, 40)])
      : t('transfer.profileNumber', [index + 1]);
  return {
    field: `profiles[${index}].${rest.join('.')}`,
    message: t('transfer.fieldProblem', [which, field, issue.message]),
  };
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
    return {
      ok: false,
      message: t('transfer.notOurs'),
      field: 'format',
    };
  const { version, profiles } = envelope.data;
  if (version > PROFILE_VERSION)
    return {
      ok: false,
      message: t('transfer.newer', [version]),
      field: 'version',
    };
  if (profiles.length === 0) return { ok: false, message: t('transfer.empty'), field: 'profiles' };

  const schema = version === 1 ? BrandProfileV1Schema : BrandProfileSchema;
  const parsed = z.object({ profiles: z.array(schema).max(500) }).safeParse({ profiles });
  if (!parsed.success) {
    const { field, message } = describe(parsed.error.issues[0]!, profiles);
    return { ok: false, message: t('transfer.nothingImported', [message]), field };
  }
  const result =
    version === 1
      ? (parsed.data.profiles as z.infer<typeof BrandProfileV1Schema>[]).map(migrateProfileV1)
      : (parsed.data.profiles as BrandProfile[]);
  const ids = new Set<string>();
  for (const profile of result) {
    if (ids.has(profile.id))
      return {
        ok: false,
        message: t('transfer.sameId', [profile.id]),
        field: 'profiles',
      };
    ids.add(profile.id);
  }
  return version < PROFILE_VERSION
    ? { ok: true, profiles: result, migratedFrom: version }
    : { ok: true, profiles: result };
}

/** Writes parsed profiles in one transaction: an existing id is updated, a new one added. */
export async function importProfiles(
  profiles: readonly BrandProfile[],
): Promise<{ added: number; updated: number }> {
  const db = getDb();
  return db.transaction('rw', db.profiles, async () => {
    const existing = new Set(
      (await db.profiles.bulkGet(profiles.map((p) => p.id))).filter(Boolean).map((p) => p!.id),
    );
    await db.profiles.bulkPut([...profiles]);
    return { added: profiles.length - existing.size, updated: existing.size };
  });
}
