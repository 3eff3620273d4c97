import { browser } from 'wxt/browser';
import { callContent } from '@/utils/messaging/rpc';

/** The "Suggest replies" shortcut: suggestions for the reply box the manager is in, in the active tab. */
export function setUpCommands(): void {
  browser.commands?.onCommand.addListener((command) => void onCommand(command));
}

export async function onCommand(command: string): Promise<boolean> {
  if (command !== 'suggest-reply') return false;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return false;
  const result = await callContent(tab.id, 'composer.suggestFocused', {}).catch(() => ({ opened: false }));
  return result.opened;
}
