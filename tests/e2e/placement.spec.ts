import { COMPOSERS } from './support/composers';
import { openPanel } from './support/flows';
import { overlaps, type Box } from './support/panel';
import { expect, test, type Page } from './support/test';

/** The composer's own controls the manager must still reach: submit, toolbar, emoji and media buttons. */
async function composerControls(page: Page, editorId: string, submit: string): Promise<Box[]> {
  const box = page.locator(`#box-${editorId}, [data-testid="toolBar"]`).first();
  const buttons = await page
    .locator(
      `${submit}, [data-testid="toolBar"] button, #box-${editorId} button, #box-${editorId} .comments-comment-box__detour-icons button`,
    )
    .all();
  const boxes = await Promise.all(buttons.map((b) => b.boundingBox()));
  const area = await box.boundingBox().catch(() => null);
  return [...boxes, area].filter((b): b is Box => b !== null && b.width > 0);
}

// Narrow: where the panel cannot sit beside the composer and goes above or below it.
const NARROW = ['X reply dialog', 'LinkedIn classic comment on a post', 'LinkedIn 2026 comment on a post'];

for (const [width, label] of [
  [1280, 'a wide window'],
  [760, 'a narrow window'],
] as const) {
  for (const composer of COMPOSERS.filter((c) => width > 1000 || NARROW.includes(c.name))) {
    test(`${composer.name}, ${label}: the panel never covers the composer’s submit, toolbar or attachment buttons`, async ({
      page,
      extension,
      fake,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const { site, panel } = await openPanel({ page, extension, fake }, composer.url, {
        open: composer.open,
        waitDone: true,
      });
      const check = async (): Promise<void> => {
        const frame = await panel.box();
        const submit = await site.submitSelector(composer.editor);
        for (const control of await composerControls(page, composer.editor, submit))
          expect(
            overlaps(frame, control),
            `panel ${JSON.stringify(frame)} covers ${JSON.stringify(control)}`,
          ).toBe(false);
        expect(frame.x).toBeGreaterThanOrEqual(0);
        expect(frame.x + frame.width).toBeLessThanOrEqual(width);
      };
      await check();
      // With text in it, a composer grows its submit button (LinkedIn 2026): the panel moves clear of it.
      await panel.insertButton(0).click();
      await expect.poll(() => site.text(composer.editor)).toContain('Thank you');
      await expect(page.locator(await site.submitSelector(composer.editor))).toBeVisible();
      await expect(check).toPass({ timeout: 3000 });
      await site.expectNothingSubmitted();
    });
  }
}
