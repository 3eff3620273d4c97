import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { t } from '@/utils/i18n/i18n';
import { isDedicated, type Platform } from '@/utils/thread/platform';
import type { Venue } from '@/utils/thread/venue';
import type { BrandProfile } from './profile';

/**
 * The brand's rules, checked locally on every draft (the manager's edits included) before insertion.
 * Problems are shown on the draft; the manager still decides.
 */
export type LintRules = Pick<
  BrandProfile['rules'],
  'bannedWords' | 'signOff' | 'emoji' | 'hashtags' | 'maxLength'
>;

export interface Problem {
  code: 'banned' | 'sign-off' | 'emoji' | 'hashtags' | 'too-long' | 'over-brand-limit';
  /** For the manager, in the interface's language. */
  message: string;
  /** For the model, when the manager asks to fix the draft (prompts are in English). */
  instruction: string;
  /** The model can rewrite the draft to fix it. */
  fixable: boolean;
}

/** The brand's own maximum for a platform (it sets none for other sites). */
export const brandLimit = (rules: Pick<LintRules, 'maxLength'>, platform: Platform): number | undefined =>
  isDedicated(platform) ? rules.maxLength[platform] : undefined;

/** The character budget for a reply: the brand's, never above the place's; undefined when neither sets one. */
export function replyLimit(rules: Pick<LintRules, 'maxLength'>, venue: Venue): number | undefined {
  const limits = [brandLimit(rules, venue.platform), venue.limit].filter((n): n is number => n !== undefined);
  return limits.length ? Math.min(...limits) : undefined;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A text's length as the platform counts it: X by its own weighted rules (URLs 23, CJK 2, emoji 2),
 * LinkedIn by code points, other sites by what a reader sees as characters (Bluesky counts graphemes).
 */
export function platformLength(text: string, platform: Platform): number {
  if (platform === 'x') return parseTweet(text).weightedLength;
  if (platform === 'linkedin') return Array.from(text).length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The banned words and phrases a text uses: whole words, case and accents ignored. */
export function bannedIn(text: string, banned: readonly string[]): string[] {
  const folded = fold(text);
  return banned.filter((word) => {
    const w = fold(word.trim());
    return w && new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'u').test(folded);
  });
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
export function emojiCount(text: string): number {
  let count = 0;
  for (const { segment } of segmenter.segment(text))
    if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)) count++;
  return count;
}

/** Hashtags start a word ("#1" and "/page#top" are not hashtags). */
export const hashtagCount = (text: string): number =>
  (text.match(/(?<=^|[\s([{"'“‘«])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu) ?? []).length;

/** Checks a draft; the length is counted on `finalText` (the draft with its AI disclosure), when given. */
export function lintDraft(text: string, rules: LintRules, venue: Venue, finalText = text): Problem[] {
  const problems: Problem[] = [];
  const add = (code: Problem['code'], message: string, instruction: string): void =>
    void problems.push({ code, message, instruction, fixable: true });
  const quoted = (words: string[]): string => words.map((w) => `“${w}”`).join(', ');
  const banned = bannedIn(text, rules.bannedWords);
  if (banned.length)
    add('banned', t('lint.banned', [quoted(banned)]), `Uses a banned word: ${quoted(banned)}.`);
  const signOff = rules.signOff.trim();
  if (signOff && !fold(text).trimEnd().endsWith(fold(signOff)))
    add('sign-off', t('lint.signOff', [signOff]), `Missing the sign-off “${signOff}”.`);
  const emoji = emojiCount(text);
  if (rules.emoji === 'none' && emoji > 0) add('emoji', t('lint.noEmoji'), 'The brand uses no emoji.');
  if (rules.emoji === 'sparing' && emoji > 1)
    add('emoji', t('lint.sparingEmoji', [emoji]), `${emoji} emoji: the brand uses one at most.`);
  const tags = hashtagCount(text);
  if (rules.hashtags === 'never' && tags > 0)
    add('hashtags', t('lint.noHashtags'), 'The brand uses no hashtags.');
  if (rules.hashtags === 'suggested' && tags > 1)
    add('hashtags', t('lint.oneHashtag', [tags]), `${tags} hashtags: one at most.`);
  if (rules.hashtags === 'free' && tags > 3)
    add('hashtags', t('lint.hashtagStuffing', [tags]), `${tags} hashtags: that is hashtag stuffing.`);
  const length = platformLength(finalText, venue.platform);
  const { limit: max, name } = venue;
  const brand = brandLimit(rules, venue.platform);
  if (max !== undefined && length > max)
    add(
      'too-long',
      t('lint.tooLong', [length, max, name]),
      `${length} of ${max} characters: ${name} will refuse it.`,
    );
  else if (brand !== undefined && length > brand)
    add(
      'over-brand-limit',
      t('lint.overBrandLimit', [length, brand]),
      `${length} characters: over the brand’s ${brand}.`,
    );
  return problems;
}

/** The text that goes into the box: the draft, then the brand's AI disclosure if it has one. */
export function withDisclosure(text: string, disclosure: BrandProfile['disclosure']): string {
  const note = disclosure.text.trim();
  if (disclosure.mode !== 'append' || !note || text.trimEnd().endsWith(note)) return text;
  return `${text.trimEnd()}\n\n${note}`;
}
