import { fileURLToPath } from 'node:url';

/** The extension's Firefox build (`npm run build:firefox`). */
export const FIREFOX_BUILD = fileURLToPath(new URL('../../../.output/firefox-mv3', import.meta.url));

/** The add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'reply-copilot@example.org';
/** Fixed through the `extensions.webextensions.uuids` preference, so the tests know the extension's origin. */
export const ADDON_UUID = '3c9b6a2e-5d14-4f7a-9e08-1b2c3d4e5f60';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
