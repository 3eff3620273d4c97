/**
 * The content script's one element observer. It reports each element matching `selector` once it is in
 * the page, whether it was there at start or added later, and never rescans the whole document per
 * mutation: only the subtrees a mutation adds are searched. A very large batch (a feed page rendered at
 * once) is handled with one query instead of one per node, as Dark Reader does.
 */
export interface ObserveOptions {
  /** Called for every matching element as it appears. May be called again for the same element. */
  onMatch: (element: Element) => void;
  /** Called after any batch that removed nodes, so callers can drop what went away. */
  onRemoval?: () => void;
  /** Called after every batch of changes (kept cheap: it runs as often as the page changes). */
  onBatch?: () => void;
  signal: AbortSignal;
}

/** Above this many added elements in one batch, a single query of the root is cheaper. */
const HUGE_BATCH = 400;

export function observeElements(root: Element | Document, selector: string, options: ObserveOptions): void {
  const { onMatch, onRemoval, onBatch, signal } = options;
  if (signal.aborted) return;

  const scan = (node: ParentNode): void => {
    for (const el of node.querySelectorAll(selector)) onMatch(el);
  };
  scan(root);

  const observer = new MutationObserver((records) => {
    const added: Element[] = [];
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) added.push(node as Element);
      }
    }
    if (removed) onRemoval?.();
    if (added.length > HUGE_BATCH) scan(root);
    else
      for (const el of added) {
        if (!el.isConnected) continue;
        if (el.matches(selector)) onMatch(el);
        if (el.firstElementChild) scan(el);
      }
    onBatch?.();
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
