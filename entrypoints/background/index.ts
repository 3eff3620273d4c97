import '@/utils/build/zod-config';
import { defineBackground } from 'wxt/utils/define-background';
import { setUpBrainstormPort } from './brainstorm-port';
import { setUpCommands } from './commands';
import { GenerationHub } from './generation';
import { setUpInstall, setUpStorage } from './install';
import { setUpLibraries } from './library';
import { setUpMessages } from './messages';
import { setUpPageStatus } from './page-status';
import { setUpSidePanel } from './side-panel';
import { setUpGrants } from './grants';
import { setUpSessionCleanup } from './sessions';
import { PanelPorts } from './suggest-port';

/** Wiring only: each concern lives in its own file beside this one. */
export default defineBackground(() => {
  const hub = new GenerationHub();
  const ports = new PanelPorts(hub);
  setUpStorage();
  setUpMessages(hub, ports);
  ports.listen();
  setUpSessionCleanup((id) => hub.end(id));
  setUpGrants();
  setUpInstall();
  setUpPageStatus();
  setUpBrainstormPort();
  setUpSidePanel();
  setUpCommands();
  setUpLibraries();
});
