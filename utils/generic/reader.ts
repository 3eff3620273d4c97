import { editableRoot, type EditableElement } from '@/utils/editor/detect';
import { editorText } from '@/utils/editor/insert';
import { MARK } from '@/utils/page/instance';
import { cleanPageText } from '@/utils/text/clean';
import { isLanguageTag } from '@/utils/text/language';
import type { AuthoredText, ThreadContext } from '@/utils/thread/context';
import { LIMITS } from '@/utils/thread/limits';
import { platformOfHost } from '@/utils/thread/platform';
import { siteFacts } from '@/utils/thread/sites';

/**
 * The generic reader: what a reply box on any site answers, with no site-specific selector. The text
 * being answered is the manager's selection when there is one; otherwise the nearest post or comment
 * before the box: an article, a list item, or a block with an author-like link and enough text, found
 * by walking up from the box and back through what comes before it. Everything is cleaned and bounded
 * like all page text, and the panel shows what was read, so the manager can correct it.
 */
const POST_LIKE = 'article, [role="article"], li, [role="listitem"]';
/** Enough text to be a post or comment, not a button row or a name. */
const MIN_TEXT = 20;
/** A composer's own chrome (avatar, buttons, counters) stays under this much text. */
const CHROME_TEXT = 40;
const SKIP = 'button, [role="button"], time, script, style, noscript, template, svg, textarea, input, select';
const TIME_LIKE =
  /^(\d+\s?(s|m|h|d|w|y|mo|min|mins|hr|hrs|sec|secs)|\d+\s+\w+\s+ago|(just )?now|yesterday|\d{1,2}:\d{2})$/i;

const isOurs = (el: Element): boolean => el.hasAttribute(MARK);
const hidden = (el: Element): boolean =>
  el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || isOurs(el);

/** A link that names a person or a page: short text, not a time, a URL or an action. */
function authorLinkIn(block: Element): HTMLAnchorElement | undefined {
  const preferred = block.querySelector<HTMLElement>('[rel~="author"], [itemprop="author"], address');
  const links = Array.from(block.querySelectorAll<HTMLAnchorElement>('a[href]'));
  return [
    ...(preferred?.closest('a[href]') ? [preferred.closest('a[href]') as HTMLAnchorElement] : []),
    ...links,
  ].find((a) => {
    if (hidden(a) || a.closest('[contenteditable="true"]')) return false;
    const text = (a.textContent ?? '').trim();
    return (
      text.length >= 2 && text.length <= 60 && !TIME_LIKE.test(text) && !/^https?:|\/\/|^\d+$/.test(text)
    );
  });
}

/** The block's words: its text without buttons, times, hidden copies, editors, our UI and `skip`. */
function textOf(nodes: readonly Node[], skip: readonly Element[] = []): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (skip.includes(node) || hidden(node) || node.matches(SKIP) || node.matches('[contenteditable="true"]'))
      return;
    if (node.tagName === 'A' && TIME_LIKE.test((node.textContent ?? '').trim())) return;
    if (node.tagName === 'IMG') {
      const alt = node.getAttribute('alt') ?? '';
      if (alt.length > 0 && alt.length <= 16 && !/\s/.test(alt)) out += alt; // emoji drawn as images
      return;
    }
    if (node.tagName === 'BR') out += '\n';
    const block = getComputedStyleSafe(node);
    if (block && out && !out.endsWith('\n')) out += '\n';
    node.childNodes.forEach(walk);
    if (block && out && !out.endsWith('\n')) out += '\n';
  };
  nodes.forEach(walk);
  return out;
}

const BLOCK_TAGS =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DIV|DL|DT|DD|FIGURE|FOOTER|H[1-6]|HEADER|LI|MAIN|OL|P|PRE|SECTION|UL)$/;
const getComputedStyleSafe = (el: Element): boolean => BLOCK_TAGS.test(el.tagName);

const clean = (text: string, max: number): string => cleanPageText(text, max);

/** A place in the page that holds a post or comment: an element, or the part of one before the box. */
interface Found {
  nodes: Node[];
  /** Where an author link and a language are looked for. */
  scope: Element;
}

const looksLikePost = (el: Element): boolean =>
  el.matches(POST_LIKE) || (authorLinkIn(el) !== undefined && clean(textOf([el]), 4000).length >= MIN_TEXT);

/** The last post-like element inside `el` (the nearest before whatever follows it). */
function lastPostLikeIn(el: Element): Element | undefined {
  const inner = Array.from(el.querySelectorAll(POST_LIKE)).filter((e) => !hidden(e));
  return inner.at(-1);
}

/** The composer around the editor: climb while the ancestor holds little besides the editor itself. */
function composerBox(editor: EditableElement): Element {
  let box: Element = editor;
  for (let a = editor.parentElement; a && a !== editor.ownerDocument.body; a = a.parentElement) {
    if (clean(textOf([a], [editor]), 4000).length >= CHROME_TEXT) break;
    box = a;
  }
  return box;
}

/** The nearest post or comment before the box: in its own container first, then further up the page. */
export function nearestAnswered(editor: EditableElement): Found | undefined {
  const body = editor.ownerDocument.body;
  for (let a: Element = composerBox(editor); a.parentElement && a !== body; a = a.parentElement) {
    const parent = a.parentElement;
    const before: Element[] = [];
    for (let s = a.previousElementSibling; s; s = s.previousElementSibling) before.unshift(s);
    for (let i = before.length - 1; i >= 0; i--) {
      const sibling = before[i]!;
      if (hidden(sibling) || clean(textOf([sibling]), 4000).length < MIN_TEXT) continue;
      if (looksLikePost(sibling)) return { nodes: [sibling], scope: sibling };
      const inner = lastPostLikeIn(sibling);
      if (inner) return { nodes: [inner], scope: inner };
      // Plain text before the box inside a comment (the box opened within it): that comment's words.
      if (looksLikePost(parent)) return { nodes: before.slice(0, i + 1), scope: parent };
    }
    if (parent.matches(POST_LIKE) && before.length) return { nodes: before, scope: parent };
  }
  return undefined;
}

/** A link's visible words; a name the page writes twice in it (once for screen readers) once. */
function nameIn(link: Element | undefined): string {
  const text = clean(link ? textOf([link]) : '', LIMITS.author).replace(/\s+/g, ' ');
  const half = text.slice(0, text.length / 2);
  return text.length % 2 === 0 && half && text === half + half ? half : text;
}

/** The author a block names (its author-like link), or ''. */
export const authorOf = (block: Element): string => nameIn(authorLinkIn(block));

function authored(found: Found, max: number): AuthoredText {
  const link = authorLinkIn(found.scope);
  const author = nameIn(link);
  let text = clean(textOf(found.nodes, link ? [link] : []), max);
  if (author && text.startsWith(author)) text = text.slice(author.length).trim();
  return { author, text };
}

function languageOf(el: Element | undefined, doc: Document): string | undefined {
  const lang = (el?.closest('[lang]')?.getAttribute('lang') ?? doc.documentElement.lang ?? '').trim();
  return lang && isLanguageTag(lang) && !['und', 'zxx'].includes(lang) ? lang : undefined;
}

/** The manager's selection, when it is on the page and not in the box itself. */
export function pageSelection(
  doc: Document,
  editor?: Element,
): { text: string; node: Element | null } | undefined {
  const selection = doc.getSelection();
  const text = selection?.toString().trim() ?? '';
  if (!selection || !text || selection.rangeCount === 0) return undefined;
  const start = selection.getRangeAt(0).startContainer;
  const node = start instanceof Element ? start : start.parentElement;
  if (editor && node && editor.contains(node)) return undefined;
  return { text, node };
}

const listOf = (el: Element): Element | null => el.closest('ul, ol, [role="list"], [role="feed"]');

/**
 * The thread's original post: the first post on the page that is not the one answered, nor one of its
 * fellow comments (in the same list). Else the page's title, when nothing else was read.
 */
function originalPost(doc: Document, answered: Found | undefined): AuthoredText | undefined {
  const list = answered ? listOf(answered.scope) : null;
  const first = Array.from(doc.querySelectorAll(POST_LIKE)).find(
    (el) =>
      !hidden(el) &&
      looksLikePost(el) &&
      !(list && list.contains(el)) &&
      Boolean(
        answered?.nodes[0] &&
        el.compareDocumentPosition(answered.nodes[0]) & Node.DOCUMENT_POSITION_FOLLOWING,
      ) &&
      !answered?.nodes.some((n) => n === el || el.contains(n) || n.contains(el)),
  );
  if (first && answered) return authored({ nodes: [first], scope: first }, LIMITS.post);
  const title = clean(doc.title, LIMITS.post);
  return title && !answered ? { author: '', text: title } : undefined;
}

/** Reads the thread around a reply box on any site. `useSelection`: the manager asked for their selection. */
export function readGenericContext(
  editor: EditableElement,
  options: { useSelection?: boolean } = {},
): ThreadContext {
  const doc = editor.ownerDocument;
  const url = doc.defaultView?.location.href ?? '';
  const hostname = doc.defaultView?.location.hostname ?? '';
  // On LinkedIn or X (a box their adapters missed), that platform's rules and limits still apply.
  const dedicated = platformOfHost(hostname);
  const selection = pageSelection(doc, editor);
  const guess = nearestAnswered(editor);
  const fromSelection = Boolean(selection) && (options.useSelection || !guess || true);
  let comment: AuthoredText | undefined;
  let scope: Element | undefined;
  if (selection && fromSelection) {
    const block = selection.node?.closest(POST_LIKE) ?? selection.node ?? undefined;
    const link = block ? authorLinkIn(block) : undefined;
    comment = {
      author: clean(link?.textContent ?? '', LIMITS.author),
      text: clean(selection.text, LIMITS.comment),
    };
    scope = block ?? undefined;
  } else if (guess) {
    comment = authored(guess, LIMITS.comment);
    scope = guess.scope;
  }
  return {
    platform: dedicated ?? 'web',
    surface: 'generic',
    url: clean(url, LIMITS.url),
    ...(dedicated ? {} : { site: siteFacts(hostname) }),
    post: originalPost(doc, selection && fromSelection ? undefined : guess),
    ...(comment?.text ? { comment, answeredFrom: selection && fromSelection ? 'selection' : 'nearest' } : {}),
    draft: clean(editorText(editor), LIMITS.draft),
    language: languageOf(scope, doc),
  };
}

/** The editable field the manager is in (the element itself for a text field, else the editing host). */
export function focusedEditable(doc: Document): EditableElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement; // into open shadow roots
  if (!active || active === doc.body) return null;
  if (active instanceof HTMLInputElement && !/^(text|search|email|url|)$/.test(active.type)) return null;
  return editableRoot(active);
}
