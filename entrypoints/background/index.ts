import { defineBackground } from 'wxt/utils/define-background';
import { setUpBrainstormPort } from './brainstorm-port';
import { setUpCommands } from './commands';
import { GenerationHub } from './generation';
import { setUpInstall, setUpStorageAccess } from './install';
import { setUpMessages } from './messages';
import { setUpPageStatus } from './page-status';
import { setUpSidePanel } from './side-panel';
import { setUpSuggestPort } from './suggest-port';

/** Wiring only: each concern lives in its own file beside this one. */
export default defineBackground(() => {
  const hub = new GenerationHub();
  setUpStorageAccess();
  setUpMessages(hub);
  setUpSuggestPort(hub);
  setUpInstall();
  setUpPageStatus();
  setUpBrainstormPort();
  setUpSidePanel();
  setUpCommands();
});
