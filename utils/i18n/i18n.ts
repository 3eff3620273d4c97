import { i18n, type GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';

/**
 * The interface's words, through WXT's i18n (locales/*.yml → _locales/<lang>/messages.json). The
 * browser's language is the default. The manager can choose another in the options page; since the
 * browser's i18n API cannot switch languages, the chosen language's messages are then loaded and used
 * here instead (by extension pages and the background from the extension's files, by the content script
 * from the background).
 */
export const UI_LANGUAGES = ['en', 'fr', 'zh_CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Where the choice is kept: storage.sync, which content scripts may read (storage.local is not). */
export const UI_LANGUAGE_KEY = 'uiLanguage';

export type Catalog = Record<string, { message: string }>;

let catalog: Catalog | undefined;
let current: UiLanguage | undefined;

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  (UI_LANGUAGES as readonly unknown[]).includes(value);

/** The browser's interface language, as one of ours (English when it is none of them). */
export function browserLanguage(): UiLanguage {
  const tag = (browser.i18n?.getUILanguage?.() ?? 'en').replace('-', '_');
  if (tag.startsWith('fr')) return 'fr';
  if (tag.startsWith('zh')) return 'zh_CN';
  return 'en';
}

/** The language the interface speaks now. */
export const uiLanguage = (): UiLanguage => current ?? browserLanguage();

/** Uses these messages instead of the browser's language (undefined: back to the browser's). */
export function useCatalog(language: UiLanguage | undefined, messages: Catalog | undefined): void {
  current = messages ? language : undefined;
  catalog = messages;
}

/**
 * Marks one of the extension's own pages with the interface's language. Only our pages: the content
 * script runs in LinkedIn's and X's documents, whose `lang` is theirs and is never touched.
 */
export function markPageLanguage(doc: Document): void {
  doc.documentElement.lang = uiLanguage().replace('_', '-');
}

const PLURAL_SEPARATOR = ' | ';

/** Chrome's getMessage on a loaded catalog: `$1`…`$9` substitutions, `$$` for a dollar sign. */
function fromCatalog(messages: Catalog, key: string, args: readonly unknown[]): string | undefined {
  const entry = messages[key.replaceAll('.', '_')];
  if (!entry) return undefined;
  let count: number | undefined;
  let subs: string[] = [];
  let named: Record<string, unknown> | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) subs = arg.map(String);
    else if (arg && typeof arg === 'object') named = arg as Record<string, unknown>;
  }
  if (count !== undefined && subs.length === 0) subs = [String(count)];
  let message = entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
  );
  if (count !== undefined) {
    const forms = message.split(PLURAL_SEPARATOR);
    message =
      forms.length === 3
        ? forms[count === 0 || count === 1 ? count : 2]!
        : forms.length === 2
          ? forms[count === 1 ? 0 : 1]!
          : forms[0]!;
  }
  return named
    ? message.replace(/\{(\w+)\}/g, (m, name: string) => (name in named ? String(named[name]) : m))
    : message;
}

/** A message in the interface's language. Same signature as WXT's `i18n.t`, keys checked by TypeScript. */
export const t = ((key: string, ...args: unknown[]): string =>
  (catalog && fromCatalog(catalog, key, args)) ??
  (i18n.t as (key: string, ...rest: unknown[]) => string)(key, ...args)) as typeof i18n.t;

/** Any message key, for code that picks keys at run time. */
export type MessageKey = keyof GeneratedI18nStructure & string;
