import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/utils/i18n/i18n';

/**
 * Every language has every message, with the same substitutions, and a translation: a value left as
 * the English one is an untranslated key, unless it is the same in every language (names, codes).
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'extName',
  'common.listSeparator', // ", " in English and French
  'triage.intent.question', // "question" in English and French
  'triage.intent.spam',
  'panel.problem', // "$1. $2"
  'onboarding.stepNumber',
  'onboarding.nav', // "Guide" in French too
  'templates.saas.label', // "B2B SaaS" in English and Chinese
  'templates.public.fact1Topic', // "Contact" in English and French
  'templates.saas.fact3Topic', // "Support"
  'presets.azure.label',
  'editor.badge', // "Badge" in French too
  'editor.humour',
  'editor.emoji',
  'editor.hashtags',
  'quick.hashtags',
  'conversations.label', // "Conversations"
  'conversations.untitled',
  'messages.label',
  'language.title', // "Interface"
  'language.name.en',
  'language.name.fr',
  'language.name.zh_CN',
  'saved.quoted', // “$1” in English and Chinese
]);
// Sample content of the playground: a French comment stays French, names stay names.
const SAMPLE = /^playground\.sample\./;

type Catalog = Map<string, string[]>;

async function load(language: string): Promise<Catalog> {
  const messages = await parseMessagesFile(`locales/${language}.yml`);
  return new Map(
    messages
      .filter((m: ParsedMessage) => !m.key[0]?.startsWith('@@')) // the browser's own (@@ui_locale…)
      .map((m: ParsedMessage) => [
        m.key.join('.'),
        m.type === 'plural' ? Object.values(m.plurals) : [m.message],
      ]),
  );
}

const substitutions = (texts: string[]): string[] =>
  [...new Set(texts.flatMap((text) => text.match(/\$[1-9]/g) ?? []))].sort();

describe('the locale files', async () => {
  const english = await load('en');
  const others = await Promise.all(
    UI_LANGUAGES.filter((l) => l !== 'en').map(async (l) => [l, await load(l)] as const),
  );

  it('exist for the three interface languages, with hundreds of messages', () => {
    expect(UI_LANGUAGES).toEqual(['en', 'fr', 'zh_CN']);
    expect(english.size).toBeGreaterThan(400);
  });

  for (const [language, catalog] of others) {
    it(`${language}: has exactly the English keys, none empty`, () => {
      expect([...catalog.keys()].filter((key) => !english.has(key))).toEqual([]);
      expect([...english.keys()].filter((key) => !catalog.has(key))).toEqual([]);
      expect([...catalog].filter(([, texts]) => texts.some((text) => !text.trim()))).toEqual([]);
    });

    it(`${language}: keeps every substitution ($1, $2…) of each message`, () => {
      const wrong = [...english].filter(
        ([key, texts]) => substitutions(texts).join() !== substitutions(catalog.get(key) ?? []).join(),
      );
      expect(wrong.map(([key]) => key)).toEqual([]);
    });

    it(`${language}: translates every message (none left in English by mistake)`, () => {
      const untranslated = [...english].filter(
        ([key, texts]) =>
          !SAME_IN_EVERY_LANGUAGE.has(key) &&
          !SAMPLE.test(key) &&
          texts.join('|') === (catalog.get(key) ?? []).join('|'),
      );
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });
  }
});
