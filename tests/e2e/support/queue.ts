import type { Locator, Page } from '@playwright/test';
import type { QueueLine } from '../../support/fake-llm';
import {
  expectedBucket,
  threadComments,
  type QueueBucket,
  type ThreadComment,
  type ThreadPlatform,
} from '../../fixtures/src/thread/data';
import type { ExtensionPages } from './extension';

/** The comment queue's page objects: the "Review comments" button, the side panel's Comments tab. */
export const REVIEW = 'span[data-rc-part="review"]';
export const HIGHLIGHT = 'span[data-rc-part="highlight"]';

/** "Review comments" on the page, pressed as the manager would (its button is in a closed shadow root). */
export const reviewButton = (page: Page): Locator => page.locator(REVIEW);

/** The side panel (in a tab), on its Comments tab. */
export async function commentsTab(extension: ExtensionPages): Promise<Page> {
  const side = await extension.sidePanel();
  await side.getByRole('tab', { name: 'Comments' }).click();
  return side;
}

/** The queue's comment ids, in the order the side panel lists them. */
export const queueIds = (side: Page): Promise<string[]> =>
  side.locator('li.queue-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));

/** One comment of the queue in the side panel. */
export const queueItem = (side: Page, id: string): Locator => side.locator(`li.queue-item[data-id="${id}"]`);

const ORDER: QueueBucket[] = ['personal', 'unhappy', 'question', 'rest'];

/** The queue a perfect reader makes of a thread: unanswered comments, by bucket, in page order. */
export function expectedQueue(comments: readonly ThreadComment[]): string[] {
  return comments
    .filter((c) => !c.byBrand && !c.tags.includes('answeredByBrand'))
    .map((c) => ({ c, rank: ORDER.indexOf(expectedBucket(c)!) }))
    .sort((a, b) => a.rank - b.rank || a.c.index - b.c.index)
    .map(({ c }) => c.id);
}

/**
 * A model that reads the fixture thread exactly as its tags say (the fake endpoint's queue answers), so
 * a test can tell the model's reading from the local one.
 */
export function perfectReader(platform: ThreadPlatform, n?: number) {
  const byId = new Map(threadComments(platform, n).map((c) => [c.id, c]));
  return (line: QueueLine): Record<string, unknown> => {
    const c = byId.get(line.id);
    const tags = c?.tags ?? [];
    return {
      id: line.id,
      sentiment: tags.includes('negative') ? 'negative' : tags.includes('positive') ? 'positive' : 'neutral',
      intent: tags.includes('question')
        ? 'question'
        : tags.includes('negative')
          ? 'complaint'
          : tags.includes('positive')
            ? 'praise'
            : 'other',
      sarcasm: tags.includes('sarcasm'),
      personal: tags.includes('personal'),
      language: c?.lang ?? 'en',
      topics: tags.includes('topic:late-delivery') ? ['late-delivery'] : [],
    };
  };
}
