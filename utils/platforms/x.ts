import { cleanPageText } from '@/utils/text/clean';
import { LIMITS } from '@/utils/thread/limits';
import type { AuthoredText, ThreadContext } from '@/utils/thread/context';
import { findAncestor, precedes, readText, statedLanguage } from './dom';
import { PLATFORM_HOSTS } from '@/utils/thread/platform';
import type { ControlAnchor, PlatformAdapter } from './types';

/**
 * X (x.com, twitter.com). Selectors as seen on the live site, with the date last confirmed in public
 * sources (README → Architecture, “Selectors”). X's testids have been stable for years; its classes are not, so
 * none are used.
 */
export const X_SELECTORS = {
  /** Draft.js composer, `tweetTextarea_0` and up (2023-01 → 2026-10). */
  editor: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
  /** Composer wrapper around the Draft.js root (2023-01 → 2026-10). */
  editorWrapper: '[data-testid$="_label"][data-testid^="tweetTextarea_"]',
  /** Row of composer tools (media, emoji…) next to the Reply button (2023-01 → 2026-10). */
  toolbar: '[data-testid="toolBar"]',
  /** A post or reply in a timeline or dialog (2019 → 2026-10). */
  tweet: 'article[data-testid="tweet"]',
  tweetText: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  /** Reply dialog; also the new-post dialog, which holds no tweet (2022 → 2026-10). */
  dialog: '[role="dialog"]',
  /** Bottom-left account button; holds the @handle of the account in use (2022 → 2026-10). */
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  /** Each timeline cell; X puts a section heading ("Discover more") in a cell of its own (2022 → 2026-10). */
  cell: '[data-testid="cellInnerDiv"]',
  /** A post's permalink holds its <time> (2019 → 2026-10). */
  permalink: 'a[href*="/status/"]',
  /** A profile's header: its display name and @handle (2023-01 → 2026-10). */
  profileName: '[data-testid="UserName"]',
} as const;

const STATUS_ID = /\/status\/(\d{1,25})(?:[/?#]|$)/;

/** A post's own id: the permalink around its time (the first one: a quoted post's comes later). */
export function statusIdOf(article: Element): string | undefined {
  for (const link of article.querySelectorAll(X_SELECTORS.permalink)) {
    if (!link.querySelector('time')) continue;
    const id = STATUS_ID.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

const STATUS_PATH = /^\/[^/]+\/status\/\d+/;
const HANDLE = /^@[A-Za-z0-9_]{1,15}$/;

/** The leaf texts of an element (X splits name, handle and time into separate spans). */
const leafTexts = (el: Element | null): string[] =>
  Array.from(el?.querySelectorAll('span, div') ?? [])
    .filter((node) => node.children.length === 0 && node.getAttribute('aria-hidden') !== 'true')
    .map((node) => node.textContent?.trim() ?? '')
    .filter(Boolean);

/** The @handle shown in an element, e.g. a post's User-Name or the account switcher. */
export const handleIn = (el: Element | null): string | undefined => leafTexts(el).find((t) => HANDLE.test(t));

/** The display name and @handle a post shows. */
export function nameAndHandle(article: Element): { name: string; handle?: string } {
  const nameBox = article.querySelector(X_SELECTORS.userName);
  return {
    name: leafTexts(nameBox).find((t) => !t.startsWith('@')) ?? '',
    handle: handleIn(nameBox),
  };
}

export function authored(article: Element, max: number = LIMITS.post): AuthoredText {
  const { name: display, handle } = nameAndHandle(article);
  const author = [display, handle && `(${handle})`].filter(Boolean).join(' ');
  return {
    author: cleanPageText(author, LIMITS.author),
    text: cleanPageText(readText(article.querySelector(X_SELECTORS.tweetText)), max),
  };
}

function scopeOf(editor: HTMLElement): Element {
  return editor.closest(X_SELECTORS.dialog) ?? editor.ownerDocument.body;
}

/** The posts shown above the composer: the conversation so far, the one being answered last. */
function postsAbove(editor: HTMLElement): Element[] {
  return Array.from(scopeOf(editor).querySelectorAll(X_SELECTORS.tweet)).filter(
    (article) => !article.contains(editor) && precedes(article, editor),
  );
}

export const x: PlatformAdapter = {
  surface: 'x',
  platform: 'x',
  selectors: X_SELECTORS,
  hosts: PLATFORM_HOSTS.x,
  editorSelector: X_SELECTORS.editor,

  isReplyComposer(editor) {
    const dialog = editor.closest(X_SELECTORS.dialog);
    // The reply dialog shows the post being answered; the new-post dialog shows none.
    if (dialog) return dialog.querySelector(X_SELECTORS.tweet) !== null;
    // Inline reply under the focal post of a status page.
    const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
    return STATUS_PATH.test(path) && postsAbove(editor).length > 0;
  },

  controlAnchor(editor): ControlAnchor {
    const box = findAncestor(editor, (el) => el.querySelector(X_SELECTORS.toolbar) !== null, 14);
    const toolbar = box?.querySelector(X_SELECTORS.toolbar);
    if (toolbar) {
      // Join the row of composer tools, after the existing icons and before the Reply button.
      const tools = toolbar.firstElementChild;
      return tools && tools !== toolbar.lastElementChild
        ? { parent: tools, before: null }
        : { parent: toolbar, before: toolbar.firstChild };
    }
    const wrapper = editor.closest(X_SELECTORS.editorWrapper) ?? editor.parentElement ?? editor;
    return { parent: wrapper.parentElement ?? wrapper, before: wrapper.nextSibling };
  },

  composerArea(editor) {
    // The box that holds the editor and its toolbar (media, emoji, the Reply button).
    return findAncestor(editor, (el) => el.querySelector(X_SELECTORS.toolbar) !== null, 14) ?? editor;
  },

  readContext(editor): ThreadContext {
    const above = postsAbove(editor);
    const answered = above.at(-1);
    const root = above.length > 1 ? above[0] : undefined;
    const doc = editor.ownerDocument;
    const account = handleIn(doc.querySelector(X_SELECTORS.accountSwitcher));
    const commentId = root && answered ? statusIdOf(answered) : undefined;
    const commenter = answered ? nameAndHandle(answered).handle?.slice(1).toLowerCase() : undefined;
    return {
      platform: 'x',
      surface: 'x',
      url: cleanPageText(doc.defaultView?.location.href, LIMITS.url),
      replyingAs: account,
      ...(commentId ? { commentId } : {}),
      ...(commenter ? { commenter } : {}),
      post: root ? authored(root) : answered ? authored(answered) : undefined,
      comment: root && answered ? authored(answered, LIMITS.comment) : undefined,
      draft: cleanPageText(readText(editor), LIMITS.draft),
      language: answered
        ? statedLanguage(answered.querySelector(X_SELECTORS.tweetText), answered)
        : undefined,
    };
  },
};
