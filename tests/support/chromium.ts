import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian's Chromium; Playwright's own browser downloads are not available on this machine. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Chromium with the production build of the extension loaded (headless, new mode). */
export async function launchWithExtension(
  options: { colorScheme?: 'light' | 'dark'; locale?: string } = {},
): Promise<BrowserContext> {
  return launchChromium({ ...options, extension: true });
}

/** Chromium with or without the extension: the benchmark compares the two in one run. */
export async function launchChromium(options: {
  colorScheme?: 'light' | 'dark';
  locale?: string;
  extension: boolean;
}): Promise<BrowserContext> {
  if (options.extension && !existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error(`No extension build at ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  return chromium.launchPersistentContext('', {
    headless: false,
    executablePath: CHROMIUM_PATH,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    // The browser's own interface language, which chrome.i18n follows: on Linux, from LANGUAGE.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_') },
    args: [
      '--headless=new',
      `--lang=${options.locale ?? 'en-US'}`,
      ...QUIET_ARGS,
      ...(options.extension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : ['--disable-extensions']),
    ],
  });
}
