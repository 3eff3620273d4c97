import { z } from 'zod';
import { t } from '@/utils/i18n/i18n';
import { LANGUAGE_TAG } from '@/utils/text/language';
import { PlatformSchema } from '@/utils/thread/context';
import { templateIssues, VARIABLE_LIST } from './template';

/**
 * A saved reply: approved words for one brand profile, with variables filled from the thread
 * (utils/saved/template.ts). Stored in Dexie from database version 7 (utils/storage/db.ts), carried in
 * the profiles file from its version 3 (utils/brand/transfer.ts) and in team libraries (utils/library).
 * Every change to this shape gets a new SAVED_VERSION, a Dexie version step and a migration test.
 */
export const SAVED_VERSION = 1;

export const SAVED_LIMITS = { title: 80, body: 3000, tags: 20, tag: 40 } as const;

const id = z.string().min(1).max(64);

/** The fields, without the template checks (for the panel's port, which only shows them). */
export const SavedReplyObject = z.object({
  id,
  /** The brand profile it belongs to. */
  profileId: id,
  title: z
    .string()
    .trim()
    .min(1, { error: () => t('saved.validation.title') })
    .max(SAVED_LIMITS.title, { error: () => t('validation.tooLong', [SAVED_LIMITS.title]) }),
  body: z
    .string()
    .trim()
    .min(1, { error: () => t('saved.validation.body') })
    .max(SAVED_LIMITS.body, { error: () => t('validation.tooLong', [SAVED_LIMITS.body]) }),
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(SAVED_LIMITS.tag, { error: () => t('validation.tooLong', [SAVED_LIMITS.tag]) }),
    )
    .max(SAVED_LIMITS.tags, { error: () => t('validation.tooMany', [SAVED_LIMITS.tags]) }),
  /** BCP 47: the language it is written in ({today} is written in it, Adapt keeps it). */
  language: z.string().regex(LANGUAGE_TAG, { error: () => t('validation.language') }),
  /** Only for this platform; none: anywhere. */
  platform: PlatformSchema.optional(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});

export const SavedReplySchema = SavedReplyObject.superRefine((reply, ctx) => {
  const issues = templateIssues(reply.body);
  if (issues.unknown.length)
    ctx.addIssue({
      code: 'custom',
      path: ['body'],
      message: t('saved.validation.unknown', [issues.unknown.join(', '), VARIABLE_LIST]),
    });
  if (issues.unbalanced)
    ctx.addIssue({ code: 'custom', path: ['body'], message: t('saved.validation.unbalanced') });
  if (issues.emptyRequired)
    ctx.addIssue({ code: 'custom', path: ['body'], message: t('saved.validation.emptyRequired') });
});
export type SavedReply = z.infer<typeof SavedReplySchema>;

/** A saved reply with how often it was used and when last, as the lists show it. */
export const SavedEntrySchema = SavedReplyObject.extend({
  uses: z.number().int().min(0),
  lastUsedAt: z.number().int().optional(),
});
export type SavedEntry = z.infer<typeof SavedEntrySchema>;

/** How often a saved reply was used (inserted, sent or copied), and when last: kept in this browser only. */
export const SavedUsageSchema = z.object({
  /** The saved reply's id. */
  id,
  count: z.number().int().min(0),
  lastUsedAt: z.number().int(),
});
export type SavedUsage = z.infer<typeof SavedUsageSchema>;

export function blankSaved(
  profileId: string,
  fields: Partial<SavedReply> = {},
  now = Date.now(),
): SavedReply {
  return {
    id: crypto.randomUUID(),
    profileId,
    title: '',
    body: '',
    tags: [],
    language: 'en',
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}
