import { postIdOf, QUEUE_BOUND } from '@/utils/queue/key';
import type { ThreadItem, ThreadRead } from '@/utils/queue/thread';
import { cleanPageText } from '@/utils/text/clean';
import type { Surface } from '@/utils/thread/context';
import { LIMITS } from '@/utils/thread/limits';
import { avatarName, commentIdOfUrn, profilePath, queryFirst, queryOutside, readText } from './dom';
import { LINKEDIN_2026_SELECTORS } from './linkedin-2026';
import { LINKEDIN_CLASSIC_SELECTORS } from './linkedin-classic';
import { langOf, timeOf } from './x-thread';

/**
 * LinkedIn's thread for the comment queue, on a post's page, on both surfaces: every comment and reply
 * loaded under the post. LinkedIn nests replies one level, under their top-level comment. The account
 * the manager comments as is the avatar beside the post's comment box.
 */
const C = LINKEDIN_CLASSIC_SELECTORS;
const N = LINKEDIN_2026_SELECTORS;

interface Shape {
  surface: Surface;
  posts: readonly string[];
  postText: (post: Element) => Element | undefined;
  postAuthor: (post: Element) => string;
  comment: string;
  idOf: (comment: Element) => string | undefined;
  text: (comment: Element) => Element | undefined;
  author: (comment: Element) => { name: string; link: Element | null };
  identity: (post: Element) => string | undefined;
}

const nameIn = (link: Element | null): string =>
  readText(link)
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean) ?? '';

const CLASSIC: Shape = {
  surface: 'linkedin-classic',
  posts: C.post,
  postText: (post) => C.postText.flatMap((sel) => queryOutside(post, sel, C.comment))[0],
  postAuthor: (post) => readText(queryFirst(post, C.postAuthor)),
  comment: C.comment,
  idOf: (comment) => commentIdOfUrn(comment.getAttribute('data-id')),
  text: (comment) => C.commentText.flatMap((sel) => queryOutside(comment, sel, C.comment))[0],
  author: (comment) => {
    const title = queryOutside(comment, C.commentAuthor[0], C.comment)[0] ?? null;
    return { name: readText(title), link: title?.closest('a') ?? null };
  },
  identity: (post) => avatarName(queryFirst(post, C.identity)),
};

const SURFACE_2026: Shape = {
  surface: 'linkedin-2026',
  posts: [N.post],
  postText: (post) => queryOutside(post, N.text, N.commentRow).find((t) => !t.closest(N.commentRow)),
  postAuthor: (post) =>
    nameIn(Array.from(post.querySelectorAll(N.authorLink)).find((a) => !a.closest(N.commentRow)) ?? null),
  comment: N.commentRow,
  idOf: (row) => commentIdOfUrn(row.getAttribute('componentkey')),
  text: (row) => queryOutside(row, N.text, N.commentRow)[0],
  author: (row) => {
    const link = queryOutside(row, N.authorLink, N.commentRow).find((a) => nameIn(a) && !a.closest(N.text));
    return { name: nameIn(link ?? null), link: link ?? null };
  },
  identity: (post) => avatarName(post.querySelector(N.commentBox)),
};

function readWith(doc: Document, shape: Shape, postId: string, url: string): ThreadRead | null {
  const candidates = shape.posts.flatMap((sel) => Array.from(doc.querySelectorAll(sel)));
  const post =
    candidates.find((el) =>
      (el.getAttribute('data-urn') ?? el.getAttribute('componentkey') ?? '').endsWith(`:${postId}`),
    ) ?? candidates[0];
  if (!post) return null;
  const replyingAs = cleanPageText(shape.identity(post), LIMITS.account) || undefined;
  const items: ThreadItem[] = [];
  let truncated = false;
  for (const comment of post.querySelectorAll(shape.comment)) {
    const id = shape.idOf(comment);
    if (!id) continue;
    if (items.length >= QUEUE_BOUND) {
      truncated = true;
      break;
    }
    const parent = comment.parentElement?.closest(shape.comment);
    const { name, link } = shape.author(comment);
    const author = cleanPageText(name, LIMITS.author);
    const text = shape.text(comment) ?? null;
    const handle = profilePath(link);
    items.push({
      id,
      author,
      ...(handle ? { handle } : {}),
      text: cleanPageText(readText(text), LIMITS.comment),
      ...timeOf(timeScope(comment, shape)),
      ...langOf(text, comment),
      byBrand: Boolean(replyingAs && author.toLowerCase() === replyingAs.toLowerCase()),
      topLevelId: (parent && shape.idOf(parent)) ?? id,
    });
  }
  if (items.length === 0 && !shape.postText(post)) return null;
  return {
    platform: 'linkedin',
    surface: shape.surface,
    url: cleanPageText(url, LIMITS.url),
    postId,
    post: {
      author: cleanPageText(shape.postAuthor(post), LIMITS.author),
      text: cleanPageText(readText(shape.postText(post)), LIMITS.post),
    },
    ...(replyingAs ? { replyingAs } : {}),
    items,
    truncated,
  };
}

/** The comment's own part (its replies excluded), where its time is. */
function timeScope(comment: Element, shape: Shape): Element {
  const own = Array.from(comment.querySelectorAll('time[datetime]')).find(
    (time) => time.parentElement?.closest(shape.comment) === comment,
  );
  return own?.parentElement ?? comment;
}

export function readLinkedInThread(doc: Document, surface: Surface): ThreadRead | null {
  const url = doc.defaultView?.location.href ?? '';
  const where = postIdOf(url);
  if (where?.platform !== 'linkedin') return null;
  return readWith(doc, surface === 'linkedin-2026' ? SURFACE_2026 : CLASSIC, where.postId, url);
}

export function linkedInCommentElement(doc: Document, surface: Surface, id: string): Element | null {
  const shape = surface === 'linkedin-2026' ? SURFACE_2026 : CLASSIC;
  return Array.from(doc.querySelectorAll(shape.comment)).find((el) => shape.idOf(el) === id) ?? null;
}
