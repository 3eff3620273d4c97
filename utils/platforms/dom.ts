/** Small DOM helpers shared by the platform adapters. They take elements, never `document`, so tests can hand them fixtures. */

import { isLanguageTag } from '@/utils/text/language';

export { readText } from '@/utils/text/dom-text';

/** The first element matching any of the selectors, tried in order (newest known selector first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All matches of `selector` under `root` that are not inside an element matching `exclude`. */
export function queryOutside(root: Element, selector: string, exclude: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => {
    const inside = el.parentElement?.closest(exclude);
    return !inside || !root.contains(inside) || inside === root;
  });
}

/** Walks up from `start` (at most `maxDepth` levels) and returns the first ancestor for which `test` holds. */
export function findAncestor(start: Element, test: (el: Element) => boolean, maxDepth = 30): Element | null {
  let el: Element | null = start.parentElement;
  for (let depth = 0; el && depth < maxDepth; depth++, el = el.parentElement) {
    if (test(el)) return el;
  }
  return null;
}

/** True when `a` comes before `b` in document order. */
export const precedes = (a: Node, b: Node): boolean =>
  Boolean(a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);

/** A `lang` attribute stated on `el` or an ancestor inside `scope`, ignoring the page's own UI language. */
export function statedLanguage(el: Element | null, scope: Element): string | undefined {
  const holder = el?.matches('[lang]') ? el : (el?.querySelector('[lang]') ?? el?.closest('[lang]'));
  if (!holder || !scope.contains(holder)) return undefined;
  const lang = holder.getAttribute('lang')?.trim() ?? '';
  // X marks emoji-only, non-linguistic and undetermined text with these codes.
  if (!isLanguageTag(lang) || ['qme', 'qam', 'zxx', 'und', 'qct', 'qht', 'qst'].includes(lang))
    return undefined;
  return lang;
}

/** The name on the avatar a comment box shows, which is the identity the manager comments as. */
export function avatarName(box: Element | null): string | undefined {
  const img = box?.querySelector('img[alt]');
  const alt = img?.getAttribute('alt')?.trim();
  if (!alt) return undefined;
  // "View Jane Doe’s profile" / "Photo of Acme" → the name.
  return alt
    .replace(/^(view|photo of|profile photo of)\s+/i, '')
    .replace(/[’']s?\s+(profile|page)\b.*$/i, '')
    .trim();
}

/** The comment id at the end of a LinkedIn comment urn: "urn:li:comment:(activity:7100,71001)" → "71001". */
export const commentIdOfUrn = (urn: string | null | undefined): string | undefined =>
  /,\s*(\d{1,25})\)\s*$/.exec(urn ?? '')?.[1];

/** A profile or company link's path ("/in/jane-doe/"), which says who wrote a comment better than a name. */
export function profilePath(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    const path = new URL(href, 'https://www.linkedin.com').pathname;
    return /^\/(in|company|school|showcase)\//.test(path) ? path.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}
