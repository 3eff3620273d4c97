import { postIdOf, QUEUE_BOUND } from '@/utils/queue/key';
import type { ThreadItem, ThreadRead } from '@/utils/queue/thread';
import { cleanPageText } from '@/utils/text/clean';
import { LIMITS } from '@/utils/thread/limits';
import { readText, statedLanguage } from './dom';
import { authored, handleIn, nameAndHandle, statusIdOf, X_SELECTORS } from './x';

/**
 * X's thread for the comment queue: on a status page, the replies below the post (articles in page
 * order), up to the "Discover more" section X appends after them. X unloads the replies scrolled far
 * away, so the queue keeps what it read before (utils/queue/store.ts).
 */

/** The handle a reply says it answers ("Replying to @handle"): an @ link outside its name and its text. */
function replyingToIn(article: Element): string | undefined {
  for (const link of article.querySelectorAll('a[href^="/"]')) {
    if (link.closest(X_SELECTORS.userName) || link.closest(X_SELECTORS.tweetText)) continue;
    const text = link.textContent?.trim() ?? '';
    if (/^@[A-Za-z0-9_]{1,15}$/.test(text)) return text.slice(1);
  }
  return undefined;
}

function isSectionBreak(article: Element): boolean {
  const cell = article.closest(X_SELECTORS.cell);
  let previous = cell?.previousElementSibling;
  // A heading cell between the replies and what X recommends after them.
  for (let i = 0; previous && i < 2; i++, previous = previous.previousElementSibling) {
    if (
      previous.matches(X_SELECTORS.cell) &&
      previous.querySelector('h2') &&
      !previous.querySelector(X_SELECTORS.tweet)
    )
      return true;
  }
  return false;
}

export function readXThread(doc: Document): ThreadRead | null {
  const url = doc.defaultView?.location.href ?? '';
  const where = postIdOf(url);
  if (where?.platform !== 'x') return null;
  const articles = Array.from(doc.querySelectorAll(X_SELECTORS.tweet)).filter(
    (article) => !article.closest(X_SELECTORS.dialog),
  );
  const focal = articles.findIndex((article) => statusIdOf(article) === where.postId);
  if (focal === -1) return null;
  const account = handleIn(doc.querySelector(X_SELECTORS.accountSwitcher))?.slice(1).toLowerCase();
  const items: ThreadItem[] = [];
  let truncated = false;
  for (const article of articles.slice(focal + 1)) {
    if (isSectionBreak(article)) break;
    const id = statusIdOf(article);
    if (!id) continue;
    if (items.length >= QUEUE_BOUND) {
      truncated = true;
      break;
    }
    const { name, handle } = nameAndHandle(article);
    const text = article.querySelector(X_SELECTORS.tweetText);
    const bare = handle?.slice(1);
    items.push({
      id,
      author: cleanPageText(name || handle, LIMITS.author),
      ...(bare ? { handle: bare } : {}),
      text: cleanPageText(readText(text), LIMITS.comment),
      ...timeOf(article),
      ...langOf(text, article),
      byBrand: Boolean(account && bare?.toLowerCase() === account),
      ...(replyingToIn(article) ? { replyingTo: replyingToIn(article) } : {}),
    });
  }
  return {
    platform: 'x',
    surface: 'x',
    url: cleanPageText(url, LIMITS.url),
    postId: where.postId,
    post: authored(articles[focal]!),
    ...(account ? { replyingAs: `@${account}` } : {}),
    items,
    truncated,
  };
}

/** The article of one reply, for "show me". */
export function xCommentElement(doc: Document, id: string): Element | null {
  for (const link of doc.querySelectorAll(`a[href*="/status/${CSS.escape(id)}"]`)) {
    const article = link.closest(X_SELECTORS.tweet);
    if (article && !article.closest(X_SELECTORS.dialog) && statusIdOf(article) === id) return article;
  }
  return null;
}

const ISO = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z?$/;

export function timeOf(el: Element): { time?: string } {
  const value = el.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  return ISO.test(value) ? { time: value.slice(0, 40) } : {};
}

export function langOf(text: Element | null, scope: Element): { lang?: string } {
  const lang = text ? statedLanguage(text, scope) : undefined;
  return lang ? { lang } : {};
}
