import parseTweet from 'twitter-text/dist/esm/parseTweet';
import type { Platform } from '../thread-context';
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
  message: string;
  /** The model can rewrite the draft to fix it. */
  fixable: boolean;
}

/** The platforms' hard limits. X counts by its own weighted rules (URLs 23, CJK 2, emoji 2). */
export const PLATFORM_MAX = { x: 280, linkedin: 1250 } as const;

export function platformLength(text: string, platform: Platform): number {
  return platform === 'x' ? parseTweet(text).weightedLength : Array.from(text).length;
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
export function lintDraft(text: string, rules: LintRules, platform: Platform, finalText = text): Problem[] {
  const problems: Problem[] = [];
  const banned = bannedIn(text, rules.bannedWords);
  if (banned.length)
    problems.push({
      code: 'banned',
      message: `Uses a banned word: ${banned.map((w) => `“${w}”`).join(', ')}.`,
      fixable: true,
    });
  if (rules.signOff.trim() && !fold(text).trimEnd().endsWith(fold(rules.signOff.trim())))
    problems.push({
      code: 'sign-off',
      message: `Missing the sign-off “${rules.signOff.trim()}”.`,
      fixable: true,
    });
  const emoji = emojiCount(text);
  if (rules.emoji === 'none' && emoji > 0)
    problems.push({ code: 'emoji', message: 'The brand uses no emoji.', fixable: true });
  if (rules.emoji === 'sparing' && emoji > 1)
    problems.push({ code: 'emoji', message: `${emoji} emoji: the brand uses one at most.`, fixable: true });
  const tags = hashtagCount(text);
  if (rules.hashtags === 'never' && tags > 0)
    problems.push({ code: 'hashtags', message: 'The brand uses no hashtags.', fixable: true });
  if (rules.hashtags === 'suggested' && tags > 1)
    problems.push({ code: 'hashtags', message: `${tags} hashtags: one at most.`, fixable: true });
  if (rules.hashtags === 'free' && tags > 3)
    problems.push({
      code: 'hashtags',
      message: `${tags} hashtags: that is hashtag stuffing.`,
      fixable: true,
    });
  const length = platformLength(finalText, platform);
  const max = PLATFORM_MAX[platform];
  if (length > max)
    problems.push({
      code: 'too-long',
      message: `${length} of ${max} characters: ${platform === 'x' ? 'X' : 'LinkedIn'} will refuse it.`,
      fixable: true,
    });
  else if (length > rules.maxLength[platform])
    problems.push({
      code: 'over-brand-limit',
      message: `${length} characters: over the brand’s ${rules.maxLength[platform]}.`,
      fixable: true,
    });
  return problems;
}

/** The text that goes into the box: the draft, then the brand's AI disclosure if it has one. */
export function withDisclosure(text: string, disclosure: BrandProfile['disclosure']): string {
  const note = disclosure.text.trim();
  if (disclosure.mode !== 'append' || !note || text.trimEnd().endsWith(note)) return text;
  return `${text.trimEnd()}\n\n${note}`;
}
