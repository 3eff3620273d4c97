import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No words for the manager are written in the code: they come from locales/*.yml through `t()`. This
 * reads every source file of the interface with TypeScript's parser and lists the strings that would
 * reach the screen as they are.
 */
const ROOTS = ['components', 'entrypoints', 'utils'];
/** Files whose English is for the model or for developers, never shown in the interface. */
const NOT_INTERFACE = [
  /^utils\/llm\/(prompt|brainstorm-prompt|triage-request)\.ts$/,
  /^utils\/safety\//,
  /^utils\/brand\/lint\.ts$/, // its English is the instruction sent to the model with "Fix"
  /^utils\/platforms\//, // selectors and the platforms' own words
];
/** JSX attributes a person reads or hears. */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'low',
  'high',
  'ariaLabel',
  'aria-valuetext',
  'aria-description',
]);
/** Object properties that carry words to the screen. */
const SHOWN_PROPERTIES = new Set([
  'title',
  'detail',
  'message',
  'label',
  'text',
  'hint',
  'placeholder',
  'aria-label',
]);
/** Words that are the same in every language. */
const ANY_LANGUAGE =
  /^(Reply Copilot|OpenAI|OpenRouter|Mistral|Groq|LinkedIn|X|sk-…|@[\w.]+|gpt-[\w.-]+|[A-Z]{2,}|https?:\/\/\S+)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const words = (text: string): boolean => /\p{L}{2,}/u.test(text) && !ANY_LANGUAGE.test(text.trim());

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return undefined;
}

function hardCoded(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path}:${line + 1}: ${text.trim().slice(0, 70)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && words(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value && literalText(value);
      if (text && words(text)) report(node, text);
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const text = literalText(node.expression);
      if (text && words(text)) report(node, text);
    }
    if (
      ts.isPropertyAssignment(node) &&
      SHOWN_PROPERTIES.has(node.name.getText(source).replace(/^['"]|['"]$/g, ''))
    ) {
      const text = literalText(node.initializer);
      if (text && words(text) && /\s/.test(text.trim())) report(node, text);
    }
    if (
      ts.isCallExpression(node) &&
      /^(userError|setNotice|setMessage|setError)$/.test(node.expression.getText(source))
    )
      for (const arg of node.arguments) {
        const text = literalText(arg);
        if (text && words(text) && /\s/.test(text.trim())) report(arg, text);
      }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the interface’s words', () => {
  it('all come from the locale files: no hard-coded string reaches the screen', () => {
    const all = ROOTS.flatMap(files).filter((path) => !NOT_INTERFACE.some((re) => re.test(path)));
    expect(all.length).toBeGreaterThan(50);
    expect(all.flatMap(hardCoded)).toEqual([]);
  });

  it('would notice one', () => {
    const found = hardCoded('tests/unit/locales/hard-coded.sample.tsx');
    expect(found.map((line) => line.replace(/^[^:]+:\d+: /, ''))).toEqual([
      'Try again',
      'Close the panel',
      'The box is gone',
    ]);
  });
});
