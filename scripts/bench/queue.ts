import { threadComments, threadUrl } from '../../tests/fixtures/src/thread/data';
import { buildBatches } from '../../utils/queue/prompt';
import { mergeRead } from '../../utils/queue/store';
import type { ThreadRead } from '../../utils/queue/thread';
import { analyseMainThread, startTrace, type MainThreadReport } from './trace';
import { gotoFixture, idle, mainFrameId, openBrowser } from './session';

/**
 * The comment queue on a 500-comment thread, per surface: what "Review comments" costs the page (reading
 * every comment, in the content script, inside the click's task), what sorting it locally costs the
 * background (the same functions, timed here), and the batched model reading's size.
 */
export const QUEUE_SURFACES = [
  { name: 'X', surface: 'x' },
  { name: 'LinkedIn classic', surface: 'linkedin-classic' },
  { name: 'LinkedIn 2026', surface: 'linkedin-2026' },
] as const;

export type QueueSurface = (typeof QUEUE_SURFACES)[number];

/** One review of the thread on the page, traced: the extension's script time and the long tasks. */
export async function measureReview(surface: QueueSurface, comments: number): Promise<MainThreadReport> {
  const browser = await openBrowser(true);
  try {
    const { page, cdp } = browser;
    await gotoFixture(page, threadUrl(surface.surface, comments));
    await idle(page, 600);
    const frameId = await mainFrameId(cdp);
    const stop = await startTrace(cdp);
    await page.locator('span[data-rc-part="review"]').click();
    await idle(page, 800);
    return analyseMainThread(await stop(), frameId);
  } finally {
    await browser.close();
  }
}

const asRead = (n: number): ThreadRead => ({
  platform: 'linkedin',
  surface: 'linkedin-classic',
  url: threadUrl('linkedin-classic', n),
  postId: '7100',
  items: threadComments('linkedin', n).map((c) => ({
    id: c.id,
    author: c.author,
    text: c.text,
    lang: c.lang,
    byBrand: c.byBrand,
    topLevelId: c.topLevelId,
  })),
  truncated: false,
});

/** The local sort of a whole thread (reading, answered detection, merge), in ms: median of `runs`. */
export function localTriageMs(n: number, runs: number): number[] {
  const read = asRead(n);
  const options = { personalTopics: ['refunds', 'legal', 'safety', 'health'], profileId: 'p' };
  mergeRead(undefined, read, options); // warm the regular expressions
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    mergeRead(undefined, read, options);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The batched model reading of a whole thread: requests, input tokens, the most its answers may take. */
export function batchBudget(n: number): { requests: number; input: number; output: number } {
  const read = asRead(n);
  const batches = buildBatches({
    post: { author: 'Acme Robotics', text: 'The AR-5 cobot can now be ordered online.' },
    items: read.items.filter((i) => !i.byBrand),
    personalTopics: ['refunds', 'legal', 'safety', 'health'],
    nonce: '0123456789ab',
  });
  return {
    requests: batches.length,
    input: batches.reduce((s, b) => s + b.inputTokens, 0),
    output: batches.reduce((s, b) => s + b.maxOutputTokens, 0),
  };
}
