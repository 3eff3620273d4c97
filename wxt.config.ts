import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { GRANTED_HOSTS } from './utils/llm/hosts';
import { PAGE_MATCHES } from './utils/platforms/matches';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    // Draft.js (the playground's X-like editor) still reads Node's `global`.
    define: { global: 'globalThis' },
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
    // scripting: after an update, put the new content script into tabs that are already open.
    permissions: ['storage', 'clipboardWrite', 'scripting', 'contextMenus'],
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
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: PAGE_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'reply-copilot@example.org', strict_min_version: '128.0' },
          },
        }
      : { minimum_chrome_version: '130' }),
  }),
});
