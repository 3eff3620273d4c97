import { test, expect, type Page } from '@playwright/test';
import { GENERIC_SITES, type GenericSite } from '../fixtures/src/generic/data';
import { routeFixtures } from '../support/pages';

/**
 * The generic-mode fixture pages themselves, in Chromium without the extension: each loads under its
 * site's origin, its reply box is a working editor whose own state follows typing, its submit control
 * follows the box, and a draft inserted the way the extension inserts lands in the editor's state.
 */

test.beforeEach(async ({ context }) => {
  await routeFixtures(context);
});

async function open(page: Page, site: GenericSite): Promise<void> {
  await page.goto(site.url);
  await page.waitForFunction(() => window.__fixture?.ready === true);
}

const text = (page: Page, id: string): Promise<string> => page.evaluate((i) => window.__fixture.text(i), id);
const json = (page: Page, id: string): Promise<unknown> => page.evaluate((i) => window.__fixture.json(i), id);

async function expectNothingSubmitted(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__fixture.submissions)).toEqual([]);
  expect(await page.evaluate(() => window.__fixture.enterKeys)).toEqual([]);
}

/**
 * Inserts as the insertion module does: focus, caret at the end, a frame for editors that sync their
 * selection on `selectionchange`, then a synthetic paste or the browser's insertText command.
 */
function insert(page: Page, site: GenericSite, draft: string): Promise<void> {
  return page.evaluate(
    async ([selector, method, value]) => {
      const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const box = document.querySelector<HTMLElement>(selector)!;
      box.focus();
      if (box instanceof HTMLTextAreaElement) box.setSelectionRange(box.value.length, box.value.length);
      else {
        const range = document.createRange();
        range.selectNodeContents(box);
        range.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }
      await frame();
      if (method === 'paste') {
        const data = new DataTransfer();
        data.setData('text/plain', value);
        box.dispatchEvent(
          new ClipboardEvent('paste', {
            clipboardData: data,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      } else document.execCommand('insertText', false, value);
      await frame();
    },
    [site.caret, site.insertion, draft] as const,
  );
}

const DRAFT = 'Great question! 🎃 Yes, real pumpkin.\n\nOat milk is free at every shop.\nSee you soon!';

for (const site of Object.values(GENERIC_SITES)) {
  test.describe(`${site.fixture} (${new URL(site.url).hostname})`, () => {
    test('loads under its origin with the reply box under what it answers, other posts around it', async ({
      page,
    }) => {
      await open(page, site);
      expect(page.url()).toBe(site.url);
      expect(await page.title()).toBe(site.title);
      expect(await page.evaluate(() => window.__fixture.ids())).toContain(site.editorId);
      await expect(page.locator(site.caret)).toHaveCount(1);
      await expect(page.locator(site.caret)).toBeEditable();
      await expect(page.locator(site.submit)).toHaveCount(1);
      await expect(page.locator(site.submit)).toBeDisabled();
      const probeSubmit = await page.evaluate(
        (id) => window.__fixture.probes[id]!.submitSelector(),
        site.editorId,
      );
      expect(
        await page.locator(probeSubmit).evaluate((a, s) => a === document.querySelector(s), site.submit),
      ).toBe(true);
      expect(await text(page, site.editorId)).toBe('');
      await expect(page.locator(site.elsewhere.selector)).toHaveText(site.elsewhere.text, {
        useInnerText: true,
      });

      // Where each post's text is, relative to the box: the nearest one above it is the answered one.
      const layout = await page.evaluate(
        ({ caret, answered, others }) => {
          const box = document.querySelector(caret)!;
          const holders = (t: string) =>
            Array.from(document.querySelectorAll('body *')).filter(
              (e) =>
                e.textContent?.trim() === t &&
                !Array.from(e.children).some((c) => c.textContent?.trim() === t),
            );
          const before = (e: Element) =>
            Boolean(e.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING);
          const texts = [answered, ...others]
            .flatMap((p) => holders(p.text).map((e) => ({ e, text: p.text, before: before(e) })))
            .sort((a, b) => (a.e.compareDocumentPosition(b.e) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
          const above = texts.filter((t) => t.before);
          return {
            nearestAbove: above[above.length - 1]?.text,
            othersAbove: above.filter((t) => t.text !== answered.text).length,
            othersBelow: texts.filter((t) => !t.before && t.text !== answered.text).length,
            answeredAuthorLinks: Array.from(document.querySelectorAll('a'))
              .filter((a) => a.textContent?.includes(answered.author) && before(a))
              .map((a) => a.getAttribute('href')),
          };
        },
        { caret: site.caret, answered: site.answered, others: site.others },
      );
      expect(layout.nearestAbove).toBe(site.answered.text);
      expect(layout.othersBelow).toBeGreaterThan(0);
      // Mastodon's compose form comes first in the page: only its reply indicator is above the box.
      if (site.fixture !== 'mastodon') expect(layout.othersAbove).toBeGreaterThan(0);
      expect(layout.answeredAuthorLinks.length).toBeGreaterThan(0);
    });

    test('typing updates the editor’s own state and enables the submit control', async ({ page }) => {
      await open(page, site);
      await page.click(site.caret);
      await page.keyboard.type('Thanks for asking!');
      await expect.poll(() => text(page, site.editorId)).toBe('Thanks for asking!');
      await expect(page.locator(site.submit)).toBeEnabled();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
      await expect.poll(() => text(page, site.editorId)).toBe('');
      await expect(page.locator(site.submit)).toBeDisabled();
      await expectNothingSubmitted(page);
    });

    test(`a draft inserted as the extension does (${site.insertion}) lands in the editor’s state`, async ({
      page,
    }) => {
      await open(page, site);
      await page.click(site.caret);
      await page.keyboard.type('Hi Sam! ');
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await insert(page, site, DRAFT);
      // ProseMirror's plain-text paste makes each line a paragraph and drops empty lines; the others keep
      // the blank line between the paragraphs.
      const expected = `Hi Sam! ${site.fixture === 'bsky' ? DRAFT.replace('\n\n', '\n') : DRAFT}`;
      await expect.poll(() => text(page, site.editorId)).toBe(expected);
      const state = JSON.stringify(await json(page, site.editorId));
      if (site.fixture === 'facebook' || site.fixture === 'reddit')
        expect(state.match(/"type":"paragraph"/g)).toHaveLength(4); // the blank line is an empty paragraph
      if (site.fixture === 'bsky') expect(state.match(/"type":"paragraph"/g)).toHaveLength(3);
      await expect(page.locator(site.submit)).toBeEnabled();
      await expectNothingSubmitted(page);
    });

    test('records a click on the submit control; a selection elsewhere keeps the box focused', async ({
      page,
    }) => {
      await open(page, site);
      await page.click(site.caret);
      // The manager selects text in another comment: the box keeps the focus.
      const kept = await page.evaluate(
        ({ caret, selector }) => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector(selector)!);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return document.activeElement === document.querySelector(caret);
        },
        { caret: site.caret, selector: site.elsewhere.selector },
      );
      expect(kept).toBe(true);
      await page.click(site.caret);
      await page.keyboard.type('Reply');
      await page.click(site.submit);
      const submissions = await page.evaluate(() => window.__fixture.submissions);
      expect(submissions).toContainEqual({ source: site.editorId, how: 'click', text: 'Reply' });
    });
  });
}

test('facebook: Enter posts the comment, Shift+Enter starts a new line', async ({ page }) => {
  const site = GENERIC_SITES.facebook;
  await open(page, site);
  await page.click(site.caret);
  await page.keyboard.type('Line one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Line two');
  await expect.poll(() => text(page, site.editorId)).toMatch(/^Line one\n+Line two$/);
  expect(await page.evaluate(() => window.__fixture.submissions)).toEqual([]);
  await page.keyboard.press('Enter');
  const submissions = await page.evaluate(() => window.__fixture.submissions);
  expect(submissions).toEqual([
    { source: 'facebook', how: 'enter', text: expect.stringMatching(/Line two$/) },
  ]);
});
