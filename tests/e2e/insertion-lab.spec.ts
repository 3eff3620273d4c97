import { test as base, expect, type Page } from '@playwright/test';
import { routeFixtures } from '../support/pages';

/**
 * The insertion module against each real editor library, in Chromium, without the extension around it.
 * Every assertion reads the editor's own model (Draft.js ContentState, Quill getText/getContents,
 * ProseMirror doc, Lexical EditorState, React state), never just the DOM.
 */
const test = base.extend<{ lab: Lab }>({
  lab: async ({ page, context }, use) => {
    await routeFixtures(context);
    await page.goto('https://lab.fixture.test/');
    await page.waitForFunction(() => window.__fixture?.ready === true);
    await use(new Lab(page));
  },
});

type Outcome = { ok: boolean; method?: string; reason?: string };

class Lab {
  constructor(readonly page: Page) {}
  text(id: string): Promise<string> {
    return this.page.evaluate((i) => window.__fixture.text(i), id);
  }
  json(id: string): Promise<unknown> {
    return this.page.evaluate((i) => window.__fixture.json(i), id);
  }
  insert(id: string, text: string): Promise<Outcome> {
    return this.page.evaluate(
      ([i, t]) => (window.__fixture.lab as { insert(i: string, t: string): Promise<Outcome> }).insert(i, t),
      [id, text] as const,
    );
  }
  call(name: string, ...args: unknown[]): Promise<unknown> {
    return this.page.evaluate(
      ([n, a]) =>
        (window.__fixture.lab as Record<string, (...x: unknown[]) => unknown>)[n as string]!(
          ...(a as unknown[]),
        ),
      [name, args] as const,
    );
  }
  editor(id: string) {
    return this.page
      .locator(`[data-lab="${id}"]`)
      .locator('[contenteditable="true"], textarea')
      .first()
      .or(this.page.locator(`textarea[data-lab="${id}"]`));
  }
  /** Types as the manager would, with real key events. */
  async type(id: string, text: string): Promise<void> {
    await this.editor(id).click();
    await this.page.keyboard.type(text);
  }
}

const MULTI = 'First paragraph, with emoji 🎉👩‍💻🇫🇷.\n\nSecond paragraph after a blank line.';
const EDITORS = ['draft', 'quill1', 'quill2', 'tiptap', 'lexical', 'textarea', 'plain'] as const;
const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

for (const id of EDITORS) {
  test.describe(`${id}`, () => {
    test('inserts multi-paragraph text with emoji into the editor’s own state', async ({ lab }) => {
      const outcome = await lab.insert(id, MULTI);
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
      const text = await lab.text(id);
      expect(normalize(text)).toBe(normalize(MULTI));
      expect(text).toContain('🎉👩‍💻🇫🇷');
      // The paragraphs stay paragraphs: there is a line break between them in the editor's model.
      expect(text).toMatch(/\.\n+Second/);
    });

    test('keeps the text already typed and puts the draft at the end', async ({ lab }) => {
      await lab.type(id, 'Hi Sam, ');
      await lab.call('blur');
      expect((await lab.insert(id, 'thanks for asking!')).ok).toBe(true);
      expect(normalize(await lab.text(id))).toBe('Hi Sam, thanks for asking!');
    });

    test('replaces only the selection the manager made', async ({ lab, page }) => {
      await lab.type(id, 'Keep this WORD and this');
      // Select "WORD" with the keyboard, as a manager would: go to the end, then back.
      await page.keyboard.press('End');
      for (let i = 0; i < ' and this'.length; i++) await page.keyboard.press('ArrowLeft');
      for (let i = 0; i < 'WORD'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      await lab.call('saveSelection', id);
      await lab.call('blur');
      expect((await lab.insert(id, 'sentence')).ok).toBe(true);
      expect(normalize(await lab.text(id))).toBe('Keep this sentence and this');
    });

    test('returns focus to the editor and never sends Enter', async ({ lab, page }) => {
      await lab.call('blur');
      expect((await lab.insert(id, 'Line one\nLine two')).ok).toBe(true);
      expect(await lab.call('activeIsEditor', id)).toBe(true);
      expect(await page.evaluate(() => window.__fixture.enterKeys)).toEqual([]);
    });
  });
}

for (const id of ['draft', 'quill1', 'quill2', 'tiptap', 'lexical', 'textarea'] as const) {
  test(`${id}: Ctrl+Z undoes the insertion and keeps what was typed`, async ({ lab, page }) => {
    await lab.type(id, 'Typed first.');
    await page.waitForTimeout(1100); // editors group edits made within ~1 s into one undo step
    await lab.call('blur');
    expect((await lab.insert(id, ' Inserted second.')).ok).toBe(true);
    expect(normalize(await lab.text(id))).toBe('Typed first. Inserted second.');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => normalize(await lab.text(id))).toBe('Typed first.');
  });
}
