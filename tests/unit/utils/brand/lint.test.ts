import { venueOf } from '@/utils/thread/venue';
import { describe, expect, it } from 'vitest';
import {
  bannedIn,
  emojiCount,
  hashtagCount,
  lintDraft,
  platformLength,
  withDisclosure,
  type LintRules,
} from '@/utils/brand/lint';

const rules: LintRules = {
  bannedWords: ['cheap', 'no worries', 'Synergy'],
  signOff: '',
  emoji: 'free',
  hashtags: 'free',
  maxLength: { x: 280, linkedin: 1250 },
};
const codes = (text: string, r: Partial<LintRules> = {}, platform: 'x' | 'linkedin' = 'linkedin') =>
  lintDraft(text, { ...rules, ...r }, venueOf({ platform })).map((p) => p.code);

describe('brand rules', () => {
  it('finds banned words and phrases as whole words, whatever the case or accents', () => {
    expect(bannedIn('Not CHEAP at all. No  worries!', rules.bannedWords)).toEqual(['cheap', 'no worries']);
    expect(bannedIn('cheaply made, synergetic', rules.bannedWords)).toEqual([]);
    expect(bannedIn('Déjà vu', ['deja'])).toEqual(['deja']);
    expect(codes('This is cheap.')).toEqual(['banned']);
  });

  it('wants the sign-off at the end', () => {
    expect(codes('Thanks!', { signOff: '— Léa' })).toEqual(['sign-off']);
    expect(codes('Thanks! — Léa', { signOff: '— Léa' })).toEqual([]);
  });

  it('applies the emoji policy, counting ZWJ sequences and flags as one each', () => {
    expect(emojiCount('👩‍💻 🇫🇷 ❤️ ok')).toBe(3);
    expect(codes('Thanks 🙏', { emoji: 'none' })).toEqual(['emoji']);
    expect(codes('Thanks 🙏', { emoji: 'sparing' })).toEqual([]);
    expect(codes('Thanks 🙏🎉', { emoji: 'sparing' })).toEqual(['emoji']);
  });

  it('applies the hashtag policy, not counting #1 or URL fragments', () => {
    expect(hashtagCount('We are #1 at https://x.com/#top and love #coffee #Lyon')).toBe(2);
    expect(codes('Enjoy #coffee', { hashtags: 'never' })).toEqual(['hashtags']);
    expect(codes('Enjoy #coffee', { hashtags: 'suggested' })).toEqual([]);
    expect(codes('#a1 #b #c #d', { hashtags: 'free' })).toEqual(['hashtags']);
  });
});

describe('length', () => {
  it('counts X posts by X’s weighted rules: a URL is 23, CJK and emoji are 2', () => {
    expect(platformLength('hello', 'x')).toBe(5);
    expect(platformLength('see https://example.com/a/very/long/path/indeed/that/goes/on', 'x')).toBe(4 + 23);
    expect(platformLength('你好', 'x')).toBe(4);
    expect(platformLength('👍', 'x')).toBe(2);
    expect(platformLength('你好', 'linkedin')).toBe(2);
  });

  it('flags a draft over the platform’s limit, and one over the brand’s own', () => {
    expect(codes('字'.repeat(141), {}, 'x')).toEqual(['too-long']);
    expect(codes('字'.repeat(140), {}, 'x')).toEqual([]);
    expect(codes('a'.repeat(1251))).toEqual(['too-long']);
    expect(codes('a'.repeat(300), { maxLength: { x: 280, linkedin: 250 } })).toEqual(['over-brand-limit']);
  });
});

describe('AI disclosure', () => {
  it('is appended when on, once', () => {
    const on = { mode: 'append' as const, text: '(drafted with AI)' };
    expect(withDisclosure('Thanks!', on)).toBe('Thanks!\n\n(drafted with AI)');
    expect(withDisclosure('Thanks!\n\n(drafted with AI)', on)).toBe('Thanks!\n\n(drafted with AI)');
    expect(withDisclosure('Thanks!', { mode: 'off', text: '(drafted with AI)' })).toBe('Thanks!');
  });

  it('counts toward the length', () => {
    expect(
      lintDraft(
        'a'.repeat(270),
        rules,
        venueOf({ platform: 'x' }),
        withDisclosure('a'.repeat(270), { mode: 'append', text: '(AI-assisted)' }),
      ).map((p) => p.code),
    ).toEqual(['too-long']);
  });
});
