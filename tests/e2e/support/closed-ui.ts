import type { Page } from '@playwright/test';
import { ContentWorld } from './content-world';

/** The "Suggest reply" control hosts on a page (their buttons sit in closed shadow roots). */
export const CONTROL = 'span[data-rc-part="control"]';
/** The panel frame's host. */
export const PANEL_HOST = 'span[data-rc-part="panel"]';

export interface ControlView {
  label: string;
  text: string;
  expanded: string;
  color: string;
  transition: string;
}

/**
 * What the controls show, read from inside their closed shadow roots. Only the extension's own content
 * world can open them (`chrome.dom.openOrClosedShadowRoot`); a page script gets null, which a test
 * also checks.
 */
export async function controlViews(page: Page, extensionId: string): Promise<ControlView[]> {
  const world = await ContentWorld.attach(page, extensionId);
  return world.run<ControlView[]>(`
    return Array.from(document.querySelectorAll(${JSON.stringify(CONTROL)}), (host) => {
      const button = chrome.dom.openOrClosedShadowRoot(host).querySelector('button');
      const style = getComputedStyle(button);
      return {
        label: button.getAttribute('aria-label') ?? '',
        text: button.textContent ?? '',
        expanded: button.getAttribute('aria-expanded') ?? '',
        color: style.color,
        transition: style.transitionDuration,
      };
    });`);
}
