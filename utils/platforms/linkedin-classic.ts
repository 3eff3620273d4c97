import { cleanPageText } from '@/utils/text/clean';
import { LIMITS } from '@/utils/thread/limits';
import type { AuthoredText, ThreadContext } from '@/utils/thread/context';
import {
  avatarName,
  commentIdOfUrn,
  profilePath,
  queryFirst,
  queryOutside,
  readText,
  statedLanguage,
} from './dom';
import { PLATFORM_HOSTS } from '@/utils/thread/platform';
import type { ControlAnchor, PlatformAdapter } from './types';

/**
 * LinkedIn's classic feed (Ember/artdeco classes, Quill 1 comment editor). Classes here are semantic
 * and have been stable for years; each list is tried in order, newest first.
 */
export const LINKEDIN_CLASSIC_SELECTORS = {
  /** Quill 1 editor (2021 → 2026-10); some builds add data-test-ql-editor-contenteditable. */
  editor: '.ql-editor[contenteditable="true"]',
  /** The comment (or reply) form around the editor (2021 → 2026-10). */
  form: '.comments-comment-box__form',
  /** The whole box: avatar, form, emoji and image buttons, Comment button (2021 → 2026-10). */
  box: '.comments-comment-box',
  textEditor: '.comments-comment-texteditor',
  /** A feed update (2021 → 2026-10). */
  post: ['.feed-shared-update-v2[data-urn]', '.feed-shared-update-v2', '[data-urn^="urn:li:activity:"]'],
  postText: ['.update-components-text', '.feed-shared-update-v2__description'],
  postAuthor: ['.update-components-actor__title', '.update-components-actor__name'],
  /** The link to a post's author, a member or a company page (2022 → 2026-10). */
  postAuthorLink: ['.update-components-actor__meta-link', '.update-components-actor__container-link'],
  /** A company page's name, in its top card (2021 → 2026-10). */
  companyName: ['.org-top-card-summary__title'],
  /** A comment or reply (2022 → 2026-10). */
  comment: 'article.comments-comment-entity',
  commentText: ['.comments-comment-item__main-content'],
  commentAuthor: ['.comments-comment-meta__description-title', '.comments-post-meta__name-text'],
  /** The avatar beside the comment box: the identity LinkedIn will post as (2023 → 2026-10). */
  identity: [
    '.comments-comment-box__avatar',
    '.comments-comment-box-comment__avatar',
    '.comments-comment-box',
  ],
} as const;

const S = LINKEDIN_CLASSIC_SELECTORS;

function authored(container: Element, textSel: readonly string[], authorSel: readonly string[], max: number) {
  // A post's text must not be taken from one of its comments (they reuse .update-components-text).
  const text = textSel.flatMap((sel) => queryOutside(container, sel, S.comment))[0];
  const author = queryFirst(container, authorSel);
  return {
    value: {
      author: cleanPageText(readText(author), LIMITS.author),
      text: cleanPageText(readText(text), max),
    },
    textElement: text ?? null,
  } satisfies { value: AuthoredText; textElement: Element | null };
}

export const linkedinClassic: PlatformAdapter = {
  surface: 'linkedin-classic',
  platform: 'linkedin',
  selectors: LINKEDIN_CLASSIC_SELECTORS,
  hosts: PLATFORM_HOSTS.linkedin,
  editorSelector: S.editor,

  isReplyComposer(editor) {
    return editor.closest(S.form) !== null || editor.closest(S.textEditor) !== null;
  },

  controlAnchor(editor): ControlAnchor {
    const box = editor.closest(S.textEditor) ?? editor.parentElement ?? editor;
    return { parent: box.parentElement ?? box, before: box.nextSibling };
  },

  composerArea(editor) {
    return editor.closest(S.box) ?? editor.closest(S.form) ?? editor;
  },

  readContext(editor): ThreadContext {
    const doc = editor.ownerDocument;
    const form = editor.closest(S.form) ?? editor;
    const post = S.post.map((sel) => editor.closest(sel)).find(Boolean) ?? null;
    const commentEl = editor.closest(S.comment);
    const postRead = post ? authored(post, S.postText, S.postAuthor, LIMITS.post) : undefined;
    const commentRead = commentEl
      ? authored(commentEl, S.commentText, S.commentAuthor, LIMITS.comment)
      : undefined;
    const answered = commentRead ?? postRead;
    const identityBox = queryFirst(form.parentElement ?? form, S.identity);
    const commentId = commentIdOfUrn(commentEl?.getAttribute('data-id'));
    const authorEl = commentEl
      ? queryOutside(commentEl, S.commentAuthor[0], S.comment)[0]
      : post && queryFirst(post, S.postAuthor);
    const commenter = profilePath(authorEl?.closest('a') ?? null);
    return {
      platform: 'linkedin',
      surface: 'linkedin-classic',
      url: cleanPageText(doc.defaultView?.location.href, LIMITS.url),
      replyingAs: cleanPageText(avatarName(identityBox), LIMITS.account) || undefined,
      post: postRead?.value,
      comment: commentRead?.value,
      ...(commentId ? { commentId } : {}),
      ...(commenter ? { commenter } : {}),
      draft: cleanPageText(readText(editor), LIMITS.draft),
      language: answered?.textElement
        ? statedLanguage(answered.textElement, commentEl ?? post ?? form)
        : undefined,
    };
  },
};
