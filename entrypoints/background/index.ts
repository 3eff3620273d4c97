import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { GenerationHub } from './generation';
import { setUpMessages } from './messages';
import { setUpSuggestPort } from './suggest-port';

export default defineBackground(() => {
  const hub = new GenerationHub();
  setUpStorageAccess();
  setUpMessages(hub);
  setUpSuggestPort(hub);
  setUpInstall();
});

/** Content scripts run beside page code: keep them out of stored settings (Chrome 133+; older ones ignore it). */
function setUpStorageAccess(): void {
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

/** On first install, open the settings so the manager can connect a model. */
function setUpInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
}
