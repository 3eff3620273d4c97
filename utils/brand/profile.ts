import { z } from 'zod';
import { t, type MessageKey } from '@/utils/i18n/i18n';
import { LANGUAGE_TAG } from '@/utils/text/language';
import { PlatformSchema } from '@/utils/thread/context';

/**
 * A brand profile: who speaks, how, to whom, under which rules, with which facts and examples.
 * Stored in Dexie (utils/storage/db.ts) and exported as JSON (utils/brand/transfer.ts). Every change to this
 * shape gets a new PROFILE_VERSION, a Dexie version step with an upgrade, and a migration test.
 */
export const PROFILE_VERSION = 3;

/** A validation message in the interface's language, made when the problem is found. */
const say = (key: MessageKey, subs?: number[]) => ({
  error: () => (t as (key: string, subs?: number[]) => string)(key, subs),
});
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, say('validation.tooLong', [max]));
const list = (max: number, itemMax: number) =>
  z.array(text(itemMax)).max(max, say('validation.tooMany', [max]));
const dial = z.number().int().min(0).max(100);
const id = z.string().min(1).max(64);

export const EMOJI_POLICIES = ['none', 'sparing', 'free'] as const;
export const HASHTAG_POLICIES = ['never', 'suggested', 'free'] as const;

export const FactSchema = z.object({
  id,
  /** What the fact is about, as a manager would name it: "Opening hours", "Refund policy". */
  topic: text(120).min(1, say('validation.topic')),
  /** What the brand stands behind. */
  answer: text(1000).min(1, say('validation.answer')),
  /** Always in the prompt, whatever the comment (keep it to one or two short facts). */
  pinned: z.boolean(),
});
export type Fact = z.infer<typeof FactSchema>;

export const ExampleSchema = z
  .object({
    id,
    /** The comment answered; empty for one of the brand's own posts (an example with a `source`). */
    comment: text(1000),
    reply: text(1500).min(1, say('validation.reply')),
    /**
     * Where an example taken from the brand's own posts ("Learn our voice") was published, and when
     * (YYYY-MM-DD). Optional, so profiles and files of version 3 without it read as before.
     */
    source: z
      .object({
        url: z.string().trim().max(500),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      })
      .optional(),
  })
  .refine((e) => e.comment.length > 0 || e.source !== undefined, {
    ...say('validation.comment'),
    path: ['comment'],
  });
export type Example = z.infer<typeof ExampleSchema>;

export const BindingSchema = z.object({
  platform: PlatformSchema,
  /**
   * An X @handle, the name of the LinkedIn page or person the manager comments as, or, for another
   * site, the site or a page of it ("facebook.com/acmecafe", "acme.com").
   */
  account: text(120).min(1, say('validation.account')),
});
export type Binding = z.infer<typeof BindingSchema>;

/** When the comment queue raises a spike alert (shares of the thread's comments, 0 to 1). Added in version 3. */
export const AlertsSchema = z.object({
  negativeShare: z.number().min(0.05, say('validation.share')).max(1, say('validation.share')),
  topicShare: z.number().min(0.05, say('validation.share')).max(1, say('validation.share')),
  minComments: z.number().int().min(1).max(1000),
});
export const DEFAULT_ALERTS_SETTINGS: z.infer<typeof AlertsSchema> = {
  negativeShare: 0.4,
  topicShare: 0.15,
  minComments: 10,
};

/** Commenter memory: off unless the manager turns it on for the profile. Added in version 3. */
export const MemorySchema = z.object({
  enabled: z.boolean(),
  /** Days an interaction is kept; a daily clean-up deletes older ones. */
  retentionDays: z.number().int().min(1, say('validation.retention')).max(365, say('validation.retention')),
});
export const DEFAULT_MEMORY_SETTINGS: z.infer<typeof MemorySchema> = { enabled: false, retentionDays: 90 };

export const BrandProfileSchema = z.object({
  id,
  name: z.string().trim().min(1, say('validation.name')).max(60, say('validation.nameTooLong')),
  description: text(300),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, say('validation.color')),
  /** One emoji or up to two letters, shown on the profile's badge. */
  avatar: z.string().trim().max(8, say('validation.avatar')),
  voice: z.object({
    description: text(1500),
    /** 0 = formal, 100 = casual. */
    formality: dial,
    /** 0 = serious, 100 = playful. */
    playfulness: dial,
    /** 0 = reserved, 100 = warm. */
    warmth: dial,
    person: z.enum(['we', 'I']),
  }),
  audience: text(800),
  rules: z.object({
    do: list(20, 200),
    dont: list(20, 200),
    bannedWords: list(100, 60),
    emoji: z.enum(EMOJI_POLICIES),
    hashtags: z.enum(HASHTAG_POLICIES),
    signOff: text(100),
    maxLength: z.object({
      x: z.number().int().min(20, say('validation.atLeast20')).max(280, say('validation.xMax')),
      linkedin: z
        .number()
        .int()
        .min(20, say('validation.atLeast20'))
        .max(1250, say('validation.linkedinMax')),
    }),
    /** Topics a person must handle: the drafts only acknowledge and hand over. */
    personalTopics: list(30, 80),
  }),
  knowledge: z.array(FactSchema).max(200, say('validation.facts')),
  examples: z.array(ExampleSchema).max(50, say('validation.examples')),
  languages: z.object({
    /** BCP 47, e.g. "en", "fr", "zh-CN". */
    default: z.string().regex(LANGUAGE_TAG, say('validation.language')),
    /** Reply in the commenter's language (on by default), else always in the default one. */
    matchCommenter: z.boolean(),
  }),
  bindings: z.array(BindingSchema).max(20, say('validation.bindings')),
  /** Honest about AI: off, or a short text appended to inserted replies. */
  disclosure: z
    .object({ mode: z.enum(['off', 'append']), text: text(80) })
    .refine((d) => d.mode === 'off' || d.text.length > 0, {
      ...say('validation.disclosure'),
      path: ['text'],
    }),
  /** Version 2 files and records have neither: they read with the defaults. */
  alerts: AlertsSchema.default(DEFAULT_ALERTS_SETTINGS),
  memory: MemorySchema.default(DEFAULT_MEMORY_SETTINGS),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type BrandProfile = z.infer<typeof BrandProfileSchema>;

/** The first stored shape (name and voice only), kept to migrate databases and files made with it. */
export const BrandProfileV1Schema = z.object({
  id,
  name: z.string().trim().min(1).max(60),
  voice: z.string().max(1500),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type BrandProfileV1 = z.infer<typeof BrandProfileV1Schema>;

const PALETTE = ['#0a66c2', '#c2410c', '#15803d', '#7c3aed', '#be123c', '#0e7490', '#a16207'];

export function blankProfile(fields: Partial<BrandProfile> = {}, now = Date.now()): BrandProfile {
  return {
    id: crypto.randomUUID(),
    // Only when not given: the built-in neutral profile is made when this module loads, before any language.
    name: fields.name ?? t('profiles.newBrand'),
    description: '',
    color: PALETTE[Math.floor(now / 1000) % PALETTE.length]!,
    avatar: '',
    voice: { description: '', formality: 50, playfulness: 30, warmth: 70, person: 'we' },
    audience: '',
    rules: {
      do: [],
      dont: [],
      bannedWords: [],
      emoji: 'sparing',
      hashtags: 'never',
      signOff: '',
      maxLength: { x: 280, linkedin: 1250 },
      personalTopics: ['refunds', 'legal', 'safety', 'health'],
    },
    knowledge: [],
    examples: [],
    languages: { default: 'en', matchCommenter: true },
    bindings: [],
    disclosure: { mode: 'off', text: '' },
    alerts: { ...DEFAULT_ALERTS_SETTINGS },
    memory: { ...DEFAULT_MEMORY_SETTINGS },
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

/** A version-1 profile in today's shape: its voice text kept, everything else at sensible defaults. */
export function migrateProfileV1(old: BrandProfileV1): BrandProfile {
  const base = blankProfile({
    id: old.id,
    name: old.name,
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
  });
  return { ...base, voice: { ...base.voice, description: old.voice } };
}

/**
 * What the panel needs of a profile: its badge for the switcher, the rules it checks drafts against,
 * and its AI disclosure. (Not the knowledge or examples: the panel never needs them.)
 */
export const ProfileSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  avatar: z.string(),
  rules: BrandProfileSchema.shape.rules.pick({
    bannedWords: true,
    signOff: true,
    emoji: true,
    hashtags: true,
    maxLength: true,
  }),
  disclosure: BrandProfileSchema.shape.disclosure,
});
export type ProfileSummary = z.infer<typeof ProfileSummarySchema>;
export const summarize = ({
  id: profileId,
  name,
  color,
  avatar,
  rules,
  disclosure,
}: BrandProfile): ProfileSummary => ({
  id: profileId,
  name,
  color,
  avatar,
  rules: {
    bannedWords: rules.bannedWords,
    signOff: rules.signOff,
    emoji: rules.emoji,
    hashtags: rules.hashtags,
    maxLength: rules.maxLength,
  },
  disclosure,
});

/** Used when the manager has not created a profile yet: neutral, polite, brief. */
export const FALLBACK_PROFILE: BrandProfile = blankProfile(
  {
    id: 'fallback',
    name: 'Neutral',
    color: '#57606a',
    voice: {
      description: 'Friendly, clear and professional. Short sentences. No jargon.',
      formality: 50,
      playfulness: 20,
      warmth: 70,
      person: 'we',
    },
  },
  0,
);

/** How a profile is named to the manager (the built-in neutral voice has its name in their language). */
export const profileName = (profile: { id: string; name: string }): string =>
  profile.id === FALLBACK_PROFILE.id ? t('profiles.neutral') : profile.name;

/** Field path → message, for showing validation problems on the fields themselves. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    out[path] ??= issue.message;
  }
  return out;
}
