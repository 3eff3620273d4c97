import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGenericPage } from '@/utils/generic/start';
import { takeOver } from '@/utils/page/instance';

/**
 * The generic mode, on any site: not in the manifest and never run by itself. The background injects
 * it (activeTab + scripting) when the manager asks, with the keyboard command or the context menu, then
 * asks it to open suggestions for the box the manager is in.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    startGenericPage(document, takeOver(document));
  },
});
