import { defineContentScript } from 'wxt/utils/define-content-script';
import { takeOver } from '@/utils/page/instance';
import { startComposerPage } from '@/utils/page/start';
import { adaptersForHost } from '@/utils/platforms';
import { PAGE_MATCHES } from '@/utils/platforms/matches';

/**
 * LinkedIn and X: the reply boxes get their control. Everything else is in utils/page. WXT's context is
 * not used to end the run: its "newer script started" event can be dispatched by the page itself.
 */
export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_idle',
  main() {
    const adapters = adaptersForHost(location.hostname);
    if (adapters.length === 0) return;
    startComposerPage(document, adapters, takeOver(document));
  },
});
