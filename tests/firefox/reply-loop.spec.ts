import { DEFAULT_DRAFTS } from '../support/fake-llm';
import { PanelFrame } from './support/panel';
import { expect, test } from './support/test';

const normalize = (s: string): string => s.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();

const CASES = [
  { name: 'X inline reply (Draft.js)', url: 'https://x.com/samlee/status/102', editor: 'inline' },
  {
    name: 'LinkedIn classic comment (Quill)',
    url: 'https://www.linkedin.com/feed/',
    open: ['openComment', '7001'] as const,
    editor: 'post-7001',
  },
];

for (const composer of CASES) {
  test(`${composer.name}: the panel streams three drafts; Insert puts the first into the editor's own state; nothing is submitted`, async ({
    extension,
    fake,
    site,
    tab,
  }, testInfo) => {
    fake.chunkDelayMs = 25; // slow enough to see the drafts arrive piece by piece
    await extension.configure(fake);
    await site.goto(composer.url);
    if (composer.open) await site.call(...composer.open);
    await expect.poll(() => site.controlsIn()).toBe(1);
    expect(normalize(await site.text(composer.editor))).toBe('');

    await site.clickControl();
    const panel = await PanelFrame.find(tab); // panel.html of the extension, in a frame of the site
    const seen: string[][] = [];
    for (const started = Date.now(); (await panel.generating()) && Date.now() - started < 15_000;)
      seen.push(await panel.drafts());
    expect(await panel.drafts()).toEqual(DEFAULT_DRAFTS);
    // They streamed in: some draft was seen part-written.
    const partial = seen.some((drafts) =>
      drafts.some(
        (d, i) => d.length > 0 && d.length < DEFAULT_DRAFTS[i]!.length && DEFAULT_DRAFTS[i]!.startsWith(d),
      ),
    );
    expect(partial, `samples: ${JSON.stringify(seen.slice(0, 5))}…`).toBe(true);

    await panel.insert(0);
    // Both paragraphs, still apart (one space once whitespace is folded).
    await expect
      .poll(async () => normalize(await site.text(composer.editor)))
      .toBe('Thank you so much! 🙌 We are thrilled you noticed.')
      .catch(async (error: unknown) => {
        const json = JSON.stringify(await site.json(composer.editor), null, 1);
        await testInfo.attach('editor-state.json', { body: json, contentType: 'application/json' });
        throw error;
      });
    await expect.poll(() => panel.text()).toContain('Inserted into the box');
    await site.expectNothingSubmitted();
    expect(fake.chatRequests()).toHaveLength(1);
  });
}
