import { gotoFixture, idle, openBrowser } from './session';

/**
 * From a composer entering the page to its "Suggest reply" control being in the page, ready for the
 * same frame. A main-world MutationObserver installed before any page script runs first in each
 * microtask checkpoint: it stamps the editor's arrival, then the control's, which the content script's
 * own observer adds in that same checkpoint.
 */
const STAMPER = `(() => {
  const EDITOR = '.ql-editor, .ProseMirror, [data-testid^="tweetTextarea_"][contenteditable="true"]';
  const seen = new WeakMap();
  const samples = [];
  const pending = new Set();
  window.__bench = { samples, pending: () => pending.size };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const editors = node.matches(EDITOR) ? [node] : Array.from(node.querySelectorAll(EDITOR));
      for (const editor of editors) if (!seen.has(editor)) { seen.set(editor, now); pending.add(editor); }
      if (node.hasAttribute('data-rc')) for (const editor of pending) {
        if (!editor.isConnected) { pending.delete(editor); continue; }
        let box = node.parentElement;
        for (let i = 0; box && i < 16 && !box.contains(editor); i++) box = box.parentElement;
        if (!box || !box.contains(editor)) continue;
        pending.delete(editor);
        samples.push({ ms: now - seen.get(editor), laidOut: node.getBoundingClientRect().width > 0 });
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface ControlSample {
  ms: number;
  laidOut: boolean;
}

export async function measureComposers(
  surface: { name: string; url: string; script: (count: number) => void },
  count: number,
): Promise<{ samples: ControlSample[]; missing: number }> {
  const browser = await openBrowser(true);
  try {
    const { page } = browser;
    await page.addInitScript(STAMPER);
    await gotoFixture(page, surface.url);
    // Warm up: the content script starts at document_idle, which may come after the page is ready.
    await page.evaluate(surface.script, 1);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { samples: unknown[] } }).__bench.samples.length > 0,
    );
    await page.evaluate(() =>
      (window as unknown as { __bench: { samples: unknown[] } }).__bench.samples.splice(0),
    );
    await page.evaluate(surface.script, count);
    await idle(page, 300);
    return await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { samples: ControlSample[]; pending(): number } })
        .__bench;
      return { samples: bench.samples, missing: bench.pending() };
    });
  } finally {
    await browser.close();
  }
}

/** Opens comment boxes under `count` new posts, one per frame, the way a manager works down a feed. */
async function openLinkedInBoxes(count: number): Promise<void> {
  const fixture = window.__fixture as unknown as {
    appendPosts(n: number): void;
    openComment(id: string): void;
  };
  fixture.appendPosts(count);
  const posts = document.querySelectorAll(
    '[data-urn^="urn:li:activity:"], [componentkey^="urn:li:activity:"]',
  );
  for (const post of Array.from(posts).slice(-count)) {
    const urn = post.getAttribute('data-urn') ?? post.getAttribute('componentkey') ?? '';
    fixture.openComment(urn.slice(urn.lastIndexOf(':') + 1));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
}

export const COMPOSER_SURFACES = [
  { name: 'LinkedIn classic', url: 'https://www.linkedin.com/feed/', script: openLinkedInBoxes },
  { name: 'LinkedIn 2026', url: 'https://www.linkedin.com/feed/?surface=2026', script: openLinkedInBoxes },
  {
    name: 'X reply dialog',
    url: 'https://x.com/home',
    // Opens and closes the reply dialog on one post after another.
    script: async (count: number) => {
      const fixture = window.__fixture as unknown as { openReplyDialog(id: string): void };
      const frame = (): Promise<void> =>
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      for (let i = 0; i < count; i++) {
        fixture.openReplyDialog(i % 2 ? '100' : '101');
        await frame();
        await frame();
        (document.querySelector('[data-testid="app-bar-close"]') as HTMLElement | null)?.click();
        await frame();
      }
    },
  },
];
