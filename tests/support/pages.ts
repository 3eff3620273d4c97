import type { BrowserContext, Route } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GENERIC_SITES, type GenericFixture } from '../fixtures/src/generic/data';

const DIST = fileURLToPath(new URL('../fixtures/dist/', import.meta.url));

export type FixtureName = 'x' | 'linkedin-classic' | 'linkedin-2026' | 'lab' | GenericFixture;

export function fixtureHtml(name: FixtureName, title: string = name): string {
  const root = name === 'x' ? '<div id="react-root"></div>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/__fixtures__/${name}.css"></head>
<body>${root}<script src="/__fixtures__/${name}.js"></script></body></html>`;
}

/** Serves the bundles under /__fixtures__/ on every routed origin, and no favicon; false for a page. */
async function servedStatic(route: Route, url: URL): Promise<boolean> {
  if (url.pathname.startsWith('/__fixtures__/')) {
    const file = url.pathname.slice('/__fixtures__/'.length).replace(/[^\w.-]/g, '');
    const body = await readFile(DIST + file).catch(() => null);
    if (!body) await route.fulfill({ status: 404, body: 'missing fixture file' });
    else {
      const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      await route.fulfill({ status: 200, contentType: type, body });
    }
    return true;
  }
  if (url.pathname === '/favicon.ico') {
    await route.fulfill({ status: 404, body: '' });
    return true;
  }
  return false;
}

/** Generic mode's sites, by host: every path there serves that site's page (tests/fixtures/src/generic). */
const GENERIC_HOSTS: Record<string, GenericFixture> = Object.fromEntries(
  Object.values(GENERIC_SITES).map((site) => [new URL(site.url).hostname, site.fixture]),
);

/**
 * Serves the fixture pages under the real origins, so the extension's real manifest matches apply.
 * x.com and twitter.com serve the X app for every path (it routes itself, like the real SPA);
 * www.linkedin.com serves the classic feed, or the 2026 surface with ?surface=2026.
 * www.facebook.com, www.youtube.com, www.reddit.com, bsky.app and mastodon.social serve one comment
 * page each, for generic mode (any path).
 */
export async function routeFixtures(context: BrowserContext): Promise<void> {
  await context.route(
    /^https:\/\/(x\.com|twitter\.com|www\.linkedin\.com|lab\.fixture\.test)\//,
    async (route) => {
      const url = new URL(route.request().url());
      if (await servedStatic(route, url)) return;
      const name: FixtureName =
        url.hostname === 'lab.fixture.test'
          ? 'lab'
          : url.hostname === 'www.linkedin.com'
            ? url.searchParams.get('surface') === '2026'
              ? 'linkedin-2026'
              : 'linkedin-classic'
            : 'x';
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(name) });
    },
  );
  await context.route(
    (url) => url.protocol === 'https:' && url.hostname in GENERIC_HOSTS,
    async (route) => {
      const url = new URL(route.request().url());
      if (await servedStatic(route, url)) return;
      const name = GENERIC_HOSTS[url.hostname]!;
      const body = fixtureHtml(name, GENERIC_SITES[name].title);
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
}
