import { cleanPageText } from '@/utils/text/clean';
import { LIMITS } from '@/utils/thread/limits';
import type { AuthoredText, ThreadContext } from '@/utils/thread/context';
import {
  avatarName,
  commentIdOfUrn,
  findAncestor,
  profilePath,
  queryOutside,
  readText,
  statedLanguage,
} from './dom';
import { PLATFORM_HOSTS } from '@/utils/thread/platform';
import type { ControlAnchor, PlatformAdapter } from './types';

/**
 * LinkedIn's server-driven surface (rolled out per account through 2026). Its classes are hashed and
 * rotate with every build, so only `componentkey`, `data-testid`, roles and element ids are used.
 */
export const LINKEDIN_2026_SELECTORS = {
  /** A comment or reply box (2026-03 → 2026-10). */
  commentBox: '[componentkey^="commentBox-"]',
  /** TipTap wrapper; holds the ProseMirror contenteditable (2026-03 → 2026-10). */
  editorWrapper: 'div[data-testid="ui-core-tiptap-text-editor-wrapper"]',
  editor: 'div[data-testid="ui-core-tiptap-text-editor-wrapper"] div[contenteditable="true"][role="textbox"]',
  /** A comment or reply row (2026-03 → 2026-10). */
  commentRow: '[componentkey^="replaceableComment_urn:li:comment:"]',
  /** A post card in a feed or on its own page (2026-03 → 2026-10). */
  post: '[componentkey^="urn:li:activity:"]',
  /** Post and comment texts (2026-03 → 2026-10). */
  text: 'span[data-testid="expandable-text-box"]',
  /** Links to a member or a company page; the first one in a post or comment row is its author. */
  authorLink: 'a[href*="/in/"], a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]',
  /** A company page's top card, its name in the heading (2026-05 → 2026-10). */
  companyCard: '[componentkey="organizationTopCard"]',
} as const;

const S = LINKEDIN_2026_SELECTORS;

/** The link to who wrote a post or comment: the first one in it, outside its text and its replies. */
const authorLinkIn = (container: Element): Element | undefined =>
  queryOutside(container, S.authorLink, S.commentRow).find((a) => readText(a).trim() && !a.closest(S.text));

function authorIn(container: Element): string {
  const link = authorLinkIn(container);
  return cleanPageText(
    readText(link)
      .split('\n')
      .find((l) => l.trim()),
    LIMITS.author,
  );
}

/** The post around a comment box: the nearest ancestor holding a text that is not a comment's. */
function postAround(box: Element): { container: Element; text: Element } | null {
  let found: { container: Element; text: Element } | null = null;
  findAncestor(box, (el) => {
    const text = queryOutside(el, S.text, S.commentRow).find((t) => !t.closest(S.commentRow));
    if (text) found = { container: el, text };
    return text !== undefined;
  });
  return found;
}

export const linkedin2026: PlatformAdapter = {
  surface: 'linkedin-2026',
  platform: 'linkedin',
  selectors: LINKEDIN_2026_SELECTORS,
  hosts: PLATFORM_HOSTS.linkedin,
  editorSelector: S.editor,

  isReplyComposer(editor) {
    return editor.closest(S.commentBox) !== null;
  },

  controlAnchor(editor): ControlAnchor {
    const wrapper = editor.closest(S.editorWrapper) ?? editor.parentElement ?? editor;
    return { parent: wrapper.parentElement ?? wrapper, before: wrapper.nextSibling };
  },

  composerArea(editor) {
    return editor.closest(S.commentBox) ?? editor;
  },

  readContext(editor): ThreadContext {
    const doc = editor.ownerDocument;
    const box = editor.closest(S.commentBox) ?? editor;
    const row = editor.closest(S.commentRow);
    const post = postAround(row ?? box);
    const rowText = row ? queryOutside(row, S.text, S.commentRow)[0] : undefined;
    const comment: AuthoredText | undefined = row
      ? { author: authorIn(row), text: cleanPageText(readText(rowText), LIMITS.comment) }
      : undefined;
    const answeredText = row ? rowText : post?.text;
    const commentId = commentIdOfUrn(row?.getAttribute('componentkey'));
    const authorOf = row ?? post?.container;
    const commenter = authorOf ? profilePath(authorLinkIn(authorOf) ?? null) : undefined;
    return {
      platform: 'linkedin',
      surface: 'linkedin-2026',
      url: cleanPageText(doc.defaultView?.location.href, LIMITS.url),
      replyingAs: cleanPageText(avatarName(box), LIMITS.account) || undefined,
      post: post
        ? { author: authorIn(post.container), text: cleanPageText(readText(post.text), LIMITS.post) }
        : undefined,
      comment,
      ...(commentId ? { commentId } : {}),
      ...(commenter ? { commenter } : {}),
      draft: cleanPageText(readText(editor), LIMITS.draft),
      language: answeredText ? statedLanguage(answeredText, row ?? post?.container ?? box) : undefined,
    };
  },
};
