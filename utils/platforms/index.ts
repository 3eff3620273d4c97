import { linkedin2026 } from './linkedin-2026';
import { linkedinClassic } from './linkedin-classic';
import type { PlatformAdapter } from './types';
import { x } from './x';

export type { ControlAnchor, PlatformAdapter } from './types';

export const ADAPTERS: readonly PlatformAdapter[] = [x, linkedinClassic, linkedin2026];

/** The surfaces that can appear on a host; LinkedIn serves both of its surfaces on one host. */
export function adaptersForHost(hostname: string): PlatformAdapter[] {
  return ADAPTERS.filter((adapter) => adapter.hosts.includes(hostname));
}

/** The adapter owning an editor element, if the element is a reply composer of one of `adapters`. */
export function adapterForEditor(
  adapters: readonly PlatformAdapter[],
  editor: Element,
): PlatformAdapter | undefined {
  return adapters.find(
    (adapter) =>
      editor instanceof HTMLElement &&
      editor.matches(adapter.editorSelector) &&
      adapter.isReplyComposer(editor),
  );
}
