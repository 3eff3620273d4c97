import { defineContentScript } from 'wxt/utils/define-content-script';
import { removeEarlierRuns } from '@/utils/page/instance';
import { startComposerPage } from '@/utils/page/start';
import { adaptersForHost } from '@/utils/platforms';
import { PAGE_MATCHES } from '@/utils/platforms/matches';

/** LinkedIn and X: the reply boxes get their control. Everything else is in utils/page. */
export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapters = adaptersForHost(location.hostname);
    if (adapters.length === 0) return;
    removeEarlierRuns(document); // after an update, the previous run's controls go
    startComposerPage(document, adapters, {
      signal: ctx.signal,
      abort: (reason) => ctx.abort(reason),
      onEnd: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
