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
import { setUpCleanup } from './cleanup';
import { setUpSessionCleanup } from './sessions';
import { PanelPorts } from './suggest-port';
import { QueueService } from './queue';
import { Predrafter } from './predraft';
import { streamWith } from './provider';
import { whoSpeaks } from './speaker';
import { recall } from '@/utils/memory/people';

/** Wiring only: each concern lives in its own file beside this one. */
export default defineBackground(() => {
  const queue = new QueueService();
  const ahead = new Predrafter();
  const hub = new GenerationHub({
    speak: whoSpeaks,
    stream: streamWith,
    predrafted: (context, profileId) => ahead.predrafted(context, profileId),
    recall,
  });
  const ports = new PanelPorts(hub);
  setUpStorage();
  setUpMessages(hub, ports, queue, ahead);
  ports.listen();
  setUpSessionCleanup((id) => hub.end(id));
  setUpGrants();
  setUpInstall();
  setUpPageStatus();
  setUpBrainstormPort();
  setUpSidePanel();
  setUpCommands();
  setUpCleanup();
  setUpLibraries();
});
