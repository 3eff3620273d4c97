import { defineConfig } from 'wxt';

/** The sites the content script runs on; the panel frame is web-accessible there only. */
const PAGE_MATCHES = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Reply Copilot',
    description:
      'Drafts replies on LinkedIn and X in your brand’s voice. You review and post; it never does.',
    permissions: ['storage', 'clipboardWrite'],
    // Providers the presets name, and models on this computer (Ollama, LM Studio). Any other endpoint is
    // requested at save time from optional_host_permissions, for that origin only.
    host_permissions: [
      'https://api.openai.com/*',
      'https://*.openai.azure.com/*',
      'https://openrouter.ai/*',
      'https://api.mistral.ai/*',
      'https://api.groq.com/*',
      'http://localhost/*',
      'http://127.0.0.1/*',
    ],
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
      : { minimum_chrome_version: '120' }),
  }),
});
