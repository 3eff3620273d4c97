import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { GRANTED_HOSTS } from './utils/llm/hosts';
import { PAGE_MATCHES } from './utils/platforms/matches';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  manifestVersion: 3,
  // `npm run zip:firefox` also makes the sources zip the add-ons store asks for: what rebuilds the
  // extension (`npm ci && npm run build:firefox`), without test output or built fixtures.
  zip: {
    excludeSources: [
      'playwright-report/**',
      'test-results/**',
      'tests/fixtures/dist/**',
      '.chrome-profile/**',
    ],
  },
  vite: () => ({
    // Draft.js (the playground's X-like editor) still reads Node's `global`.
    define: { global: 'globalThis' },
    // Source maps beside the build (not linked from it) when the Firefox lint asks for them, so each of
    // its warnings can be traced to our code or to a library's (scripts/lint-firefox.mjs).
    build: {
      sourcemap: process.env.REPLY_COPILOT_SOURCEMAPS ? 'hidden' : false,
      // The playground bundles two real editors (Draft.js, TipTap): larger than Vite's default warning.
      chunkSizeWarningLimit: 1400,
    },
    resolve: {
      // twitter-text ships core-js 2 polyfills for ES2015; every supported browser has those built in.
      alias: [
        {
          find: /^core-js\/modules\/.*$/,
          replacement: resolve(import.meta.dirname, 'utils/build/empty-module.ts'),
        },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    // The interface speaks English, French and Simplified Chinese (locales/*.yml).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // scripting: after an update, put the new content script into tabs that are already open; and, with
    // activeTab, the generic mode into the one page the manager asks for it on (no host permission).
    // alarms: the daily clean-up (AI-use log, comment queues, commenter memory) and the daily check of the
    // team libraries the manager subscribed to.
    permissions: ['storage', 'clipboardWrite', 'scripting', 'contextMenus', 'activeTab', 'alarms'],
    action: { default_title: '__MSG_extName__' },
    // Both can be changed in the browser's shortcuts page (chrome://extensions/shortcuts).
    commands: {
      'suggest-reply': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commands_suggest__',
      },
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commands_sidePanel__',
      },
    },
    // Providers the presets name, and models on this computer (Ollama, LM Studio). Any other endpoint is
    // requested at save time from optional_host_permissions, for that origin only.
    // The sites are listed too (same install warning as the content script's matches): re-injecting the
    // content script after an update needs them.
    host_permissions: [...PAGE_MATCHES, ...GRANTED_HOSTS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The panel is framed beside the box: on LinkedIn and X, and on any site the manager uses the generic
    // mode on. Its address changes every session (use_dynamic_url), so no page can probe for it; Firefox
    // gives each install its own random origin anyway.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reply-copilot@example.org',
              // 140: the first Firefox (an ESR) that asks for consent to data transmission at install.
              strict_min_version: '140.0',
              // The truth: nothing is collected by us; what the manager answers (the post, the comment,
              // their draft) is sent to the model provider they chose, when they ask for drafts.
              data_collection_permissions: { required: ['websiteContent'] },
            },
            // Firefox for Android asks for that consent from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '130' }),
  }),
});
