/** Reading the text of page elements, for the platform adapters and the insertion check. */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DIV',
  'DL',
  'DT',
  'DD',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);

/**
 * The visible text of an element, with line breaks where blocks and <br> are. Unlike `innerText` it
 * does not force a layout, and it works in a DOM without layout (unit tests). Inline emoji images
 * (X renders emoji as <img alt="😀">) contribute their alt text; screen-reader duplicates
 * (aria-hidden copies) are skipped.
 */
export function readText(root: Element | null | undefined): string {
  if (!root) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'IMG') {
      const alt = el.getAttribute('alt') ?? '';
      if (alt.length > 0 && alt.length <= 16) out += alt;
      return;
    }
    const block = BLOCK.has(tag);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block && out && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  return out;
}
