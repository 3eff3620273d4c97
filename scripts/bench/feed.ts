import type { Page } from '@playwright/test';
import { analyseMainThread, startTrace, type MainThreadReport } from './trace';
import { gotoFixture, idle, mainFrameId, openBrowser, settledHeap } from './session';

/**
 * A fixture feed grows by 500 posts, in batches as a manager's scrolling brings them, with a comment box
 * opened under one post in ten (each one gets a "Suggest reply" control). Measured with and without the
 * extension in the same run: the page's main-thread script time, long tasks, and the JS heap.
 */
export interface Feed {
  name: string;
  url: string;
  /** Runs in the page: adds `count` posts, opening a comment box under some of them. */
  grow: (page: Page, posts: number) => Promise<void>;
}

const growLinkedIn = (page: Page, posts: number): Promise<void> =>
  page.evaluate(async (total) => {
    const fixture = window.__fixture as unknown as {
      appendPosts(n: number): void;
      openComment(id: string): void;
    };
    const frame = (): Promise<void> =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const batch = 20;
    for (let added = 0; added < total; added += batch) {
      fixture.appendPosts(batch);
      // One post in ten gets its comment box opened, as the manager answers as they scroll.
      const posts = document.querySelectorAll(
        '[data-urn^="urn:li:activity:"], [componentkey^="urn:li:activity:"]',
      );
      const fresh = Array.from(posts).slice(-batch);
      for (const post of fresh.filter((_, i) => i % 10 === 0)) {
        const urn = post.getAttribute('data-urn') ?? post.getAttribute('componentkey') ?? '';
        fixture.openComment(urn.slice(urn.lastIndexOf(':') + 1));
      }
      await frame();
    }
  }, posts);

export const FEEDS: Feed[] = [
  { name: 'LinkedIn classic', url: 'https://www.linkedin.com/feed/', grow: growLinkedIn },
  { name: 'LinkedIn 2026', url: 'https://www.linkedin.com/feed/?surface=2026', grow: growLinkedIn },
  {
    name: 'X timeline',
    url: 'https://x.com/home',
    // X's timeline is virtualized: scrolling through 500 new posts mounts and unmounts their cells.
    grow: (page, posts) =>
      page.evaluate(async (total) => {
        const fixture = window.__fixture as unknown as { appendTweets(n: number): void };
        fixture.appendTweets(total);
        const frame = (): Promise<void> =>
          new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        await frame();
        for (let y = 0; y < total * 140; y += 700) {
          window.scrollTo(0, y);
          await frame();
        }
      }, posts),
  },
];

export interface FeedSample extends MainThreadReport {
  heapBytes: number;
}

export async function measureFeed(feed: Feed, extension: boolean, posts: number): Promise<FeedSample> {
  const browser = await openBrowser(extension);
  try {
    const { page, cdp } = browser;
    await gotoFixture(page, feed.url);
    await idle(page, 400);
    const frameId = await mainFrameId(cdp);
    const stop = await startTrace(cdp);
    await feed.grow(page, posts);
    await idle(page, 200);
    const events = await stop();
    return { ...analyseMainThread(events, frameId), heapBytes: await settledHeap(cdp) };
  } finally {
    await browser.close();
  }
}
