import type { BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../fixtures/dist/', import.meta.url));

export type FixtureName = 'x' | 'linkedin-classic' | 'linkedin-2026' | 'lab';

export function fixtureHtml(name: FixtureName, title = name): string {
  const root = name === 'x' ? '<div id="react-root"></div>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/__fixtures__/${name}.css"></head>
<body>${root}<script src="/__fixtures__/${name}.js"></script></body></html>`;
}

/**
 * Serves the fixture pages under the real origins, so the extension's real manifest matches apply.
 * x.com and twitter.com serve the X app for every path (it routes itself, like the real SPA);
 * www.linkedin.com serves the classic feed, or the 2026 surface with ?surface=2026.
 */
export async function routeFixtures(context: BrowserContext): Promise<void> {
  await context.route(
    /^https:\/\/(x\.com|twitter\.com|www\.linkedin\.com|lab\.fixture\.test)\//,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.startsWith('/__fixtures__/')) {
        const file = url.pathname.slice('/__fixtures__/'.length).replace(/[^\w.-]/g, '');
        const body = await readFile(DIST + file).catch(() => null);
        if (!body) return route.fulfill({ status: 404, body: 'missing fixture file' });
        const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
        return route.fulfill({ status: 200, contentType: type, body });
      }
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
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
}
