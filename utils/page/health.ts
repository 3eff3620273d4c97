import type { PlatformAdapter } from '@/utils/platforms';

export interface SurfaceHealth {
  surface: string;
  /** Selector names that match something on this page, and those that match nothing. */
  matched: string[];
  missing: string[];
}

/**
 * Which of the adapters' selectors match something on this page: what a bug report needs when a site
 * changed its markup. Names and counts only, never any of the page's text.
 */
export function selectorHealth(
  doc: Document,
  adapters: readonly PlatformAdapter[],
): { surfaces: SurfaceHealth[] } {
  return {
    surfaces: adapters.map((adapter) => {
      const matched: string[] = [];
      const missing: string[] = [];
      for (const [name, value] of Object.entries(adapter.selectors)) {
        const list = typeof value === 'string' ? [value] : value;
        const found = list.some((selector) => {
          try {
            return doc.querySelector(selector) !== null;
          } catch {
            return false;
          }
        });
        (found ? matched : missing).push(name);
      }
      return { surface: adapter.surface, matched, missing };
    }),
  };
}
