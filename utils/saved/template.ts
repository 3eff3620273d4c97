/**
 * Saved replies are templates: `{first_name}` and the other variables are filled from the thread,
 * `{field:order number}` is asked of the manager, and `[[…]]` marks a passage that must reach the reply
 * word for word. Pure and zod-free: the suggestion panel and the side panel fill templates themselves.
 * Variables are always filled here, in the extension, never by the model.
 */
export const VARIABLES = ['first_name', 'author', 'brand', 'post_author', 'my_name', 'today'] as const;
export type Variable = (typeof VARIABLES)[number];

/** How the variables are written, for the messages that list them: `{first_name}, …, {field:…}`. */
export const VARIABLE_LIST = [...VARIABLES.map((v) => `{${v}}`), '{field:…}'].join(', ');

export const isVariable = (name: string): name is Variable => (VARIABLES as readonly string[]).includes(name);

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: Variable }
  | { kind: 'field'; label: string }
  | { kind: 'unknown'; name: string }
  /** `[[` and `]]`: where a required passage opens and closes. */
  | { kind: 'open' }
  | { kind: 'close' };

/** `{word}` or `{field:label}`; anything else in braces (`{ }`, JSON, a lone `{`) is plain text. */
const PLACEHOLDER = /\{(field:([^{}\n]{1,60})|[A-Za-z][A-Za-z0-9_]{0,39})\}|\[\[|\]\]/g;

export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    if (match.index > last) tokens.push({ kind: 'text', text: body.slice(last, match.index) });
    last = match.index + match[0].length;
    if (match[0] === '[[') tokens.push({ kind: 'open' });
    else if (match[0] === ']]') tokens.push({ kind: 'close' });
    else if (match[2] !== undefined) {
      const label = match[2].trim();
      tokens.push(label ? { kind: 'field', label } : { kind: 'unknown', name: match[1]! });
    } else {
      const name = match[1]!;
      tokens.push(
        isVariable(name.toLowerCase())
          ? { kind: 'variable', name: name.toLowerCase() as Variable }
          : { kind: 'unknown', name },
      );
    }
  }
  if (last < body.length) tokens.push({ kind: 'text', text: body.slice(last) });
  return tokens;
}

/** What is wrong with a template as the manager types it: unknown variables, unbalanced `[[ ]]`. */
export interface TemplateIssues {
  unknown: string[];
  /** A `[[` without its `]]`, a `]]` without its `[[`, or one inside another. */
  unbalanced: boolean;
  /** A required passage with nothing in it. */
  emptyRequired: boolean;
}

export function templateIssues(body: string): TemplateIssues {
  const unknown = new Set<string>();
  let depth = 0;
  let unbalanced = false;
  let emptyRequired = false;
  let inside = '';
  for (const token of tokenize(body)) {
    if (token.kind === 'unknown') unknown.add(`{${token.name}}`);
    if (token.kind === 'open') {
      if (depth > 0) unbalanced = true;
      depth++;
      inside = '';
    } else if (token.kind === 'close') {
      if (depth === 0) unbalanced = true;
      else if (!inside.trim()) emptyRequired = true;
      depth = Math.max(0, depth - 1);
    } else if (depth > 0) inside += token.kind === 'text' ? token.text : 'x';
  }
  if (depth > 0) unbalanced = true;
  return { unknown: [...unknown], unbalanced, emptyRequired };
}

export const hasIssues = (issues: TemplateIssues): boolean =>
  issues.unknown.length > 0 || issues.unbalanced || issues.emptyRequired;

/** What a fill needs that the thread did not give: a fill-in field, or a variable the page did not show. */
export interface Need {
  /** `field:<label>` or the variable's name: the key of its value. */
  key: string;
  kind: 'field' | 'variable';
  /** The field's label, or the variable's name. */
  label: string;
}

export type Values = Partial<Record<string, string>>;

export interface Filled {
  /** The text to insert: every placeholder filled, the `[[ ]]` marks removed. */
  text: string;
  /** The same with the `[[ ]]` marks kept, for the model (Adapt). */
  marked: string;
  /** The required passages, filled, as they must appear in the reply. */
  required: string[];
  /** What is still to fill in (asked in the panel before insertion). Empty: ready. */
  missing: Need[];
}

/**
 * Fills a template. `values` holds the thread's variables and what the manager typed in the fields;
 * a value missing or blank is listed in `missing` and its placeholder is left as written.
 */
export function fillTemplate(body: string, values: Values): Filled {
  let text = '';
  let marked = '';
  const required: string[] = [];
  const missing = new Map<string, Need>();
  let passage: string | undefined;
  const put = (s: string): void => {
    text += s;
    marked += s;
    if (passage !== undefined) passage += s;
  };
  for (const token of tokenize(body)) {
    if (token.kind === 'text') put(token.text);
    else if (token.kind === 'open') {
      marked += '[[';
      passage = '';
    } else if (token.kind === 'close') {
      marked += ']]';
      if (passage !== undefined && passage.trim()) required.push(passage.trim());
      passage = undefined;
    } else if (token.kind === 'unknown') put(`{${token.name}}`);
    else {
      const key = token.kind === 'field' ? `field:${token.label}` : token.name;
      const value = values[key]?.trim();
      if (value) put(value);
      else {
        missing.set(key, { key, kind: token.kind, label: token.kind === 'field' ? token.label : token.name });
        put(token.kind === 'field' ? `{field:${token.label}}` : `{${token.name}}`);
      }
    }
  }
  return { text: text.trim(), marked: marked.trim(), required, missing: [...missing.values()] };
}

/** The fill-in fields of a template, in order, each once. */
export const fieldsOf = (body: string): string[] => [
  ...new Set(tokenize(body).flatMap((token) => (token.kind === 'field' ? [token.label] : []))),
];
