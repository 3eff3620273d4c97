import { cleanPageText } from '@/utils/text/clean';
import type { Surface } from '@/utils/thread/context';
import { LIMITS } from '@/utils/thread/limits';
import { VOICE_BOUND } from '@/utils/voice/bounds';
import type { VoicePost, VoiceRead } from '@/utils/voice/schema';
import { profilePath, queryFirst, queryOutside, readText } from './dom';
import { LINKEDIN_2026_SELECTORS } from './linkedin-2026';
import { LINKEDIN_CLASSIC_SELECTORS } from './linkedin-classic';
import type { ThreadRead } from '@/utils/queue/thread';
import { readThread } from './threads';
import type { PlatformAdapter } from './types';
import { nameAndHandle, statusIdOf, X_SELECTORS } from './x';
import { langOf, timeOf } from './x-thread';

/**
 * "Learn our voice from these posts": the brand's own posts on its own page, read for the model. An X
 * profile (`x.com/<handle>`), a LinkedIn company page (`/company/<slug>/`, its Posts tab) or a member's
 * activity (`/in/<slug>/recent-activity/…`), on both LinkedIn surfaces. Only posts written by the page's
 * owner count (a repost or a post the page was tagged in is someone else's voice). Null on other pages.
 */
const C = LINKEDIN_CLASSIC_SELECTORS;
const N = LINKEDIN_2026_SELECTORS;

/** X paths that are not profiles (2026-10). */
const X_RESERVED = new Set(
  'home explore notifications messages search settings i compose bookmarks lists communities jobs premium tos privacy login logout signup'.split(
    ' ',
  ),
);

const hrefOf = (doc: Document): URL | null => {
  try {
    return new URL(doc.defaultView?.location.href ?? '');
  } catch {
    return null;
  }
};

function done(read: Omit<VoiceRead, 'posts' | 'truncated'>, found: VoicePost[]): VoiceRead | null {
  if (found.length === 0) return null;
  return { ...read, posts: found.slice(0, VOICE_BOUND), truncated: found.length > VOICE_BOUND };
}

function post(id: string, text: string, url: string, scope: Element, textEl: Element | null): VoicePost {
  return {
    id,
    text: cleanPageText(text, LIMITS.post),
    url: cleanPageText(url, LIMITS.url),
    ...timeOf(scope),
    ...langOf(textEl, scope),
  };
}

export function readXVoice(doc: Document): VoiceRead | null {
  const href = hrefOf(doc);
  const handle = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(href?.pathname ?? '')?.[1];
  if (!href || !handle || X_RESERVED.has(handle.toLowerCase())) return null;
  const found: VoicePost[] = [];
  for (const article of doc.querySelectorAll(X_SELECTORS.tweet)) {
    if (article.closest(X_SELECTORS.dialog)) continue;
    const id = statusIdOf(article);
    if (!id || nameAndHandle(article).handle?.slice(1).toLowerCase() !== handle.toLowerCase()) continue;
    const textEl = article.querySelector(X_SELECTORS.tweetText);
    const text = readText(textEl);
    if (!text.trim() || found.some((p) => p.id === id)) continue;
    found.push(post(id, text, `https://x.com/${handle}/status/${id}`, article, textEl));
  }
  return done(
    { platform: 'x', surface: 'x', url: cleanPageText(href.href, LIMITS.url), account: `@${handle}` },
    found,
  );
}

/** The page's owner, as a path prefix: "/company/acme-robotics/" or "/in/jane-doe/". */
function linkedInOwner(pathname: string): string | null {
  const company = /^\/(company|showcase|school)\/([^/]+)(?:\/(?:posts\/?)?)?$/.exec(pathname);
  if (company) return `/${company[1]}/${company[2]}/`;
  const member = /^\/in\/([^/]+)\/recent-activity(?:\/[\w-]*)?\/?$/.exec(pathname);
  return member ? `/in/${member[1]}/` : null;
}

interface Shape {
  surface: Surface;
  posts: readonly string[];
  author: (post: Element) => Element | null;
  text: (post: Element) => Element | null;
  name: (doc: Document) => string;
}

const SHAPES: Record<'linkedin-classic' | 'linkedin-2026', Shape> = {
  'linkedin-classic': {
    surface: 'linkedin-classic',
    posts: C.post,
    author: (el) => queryFirst(el, C.postAuthorLink),
    text: (el) => C.postText.flatMap((sel) => queryOutside(el, sel, C.comment))[0] ?? null,
    name: (doc) => readText(queryFirst(doc, C.companyName)),
  },
  'linkedin-2026': {
    surface: 'linkedin-2026',
    posts: [N.post],
    author: (el) =>
      queryOutside(el, N.authorLink, N.commentRow).find((a) => readText(a).trim() && !a.closest(N.text)) ??
      null,
    text: (el) => queryOutside(el, N.text, N.commentRow).find((t) => !t.closest(N.commentRow)) ?? null,
    name: (doc) => readText(doc.querySelector(`${N.companyCard} h1`)),
  },
};

const ACTIVITY = /urn:li:(?:activity|share|ugcPost):(\d{1,25})/;

export function readLinkedInVoice(doc: Document, surface: Surface): VoiceRead | null {
  const href = hrefOf(doc);
  const owner = href ? linkedInOwner(href.pathname) : null;
  const shape = SHAPES[surface as keyof typeof SHAPES];
  if (!href || !owner || !shape) return null;
  const found: VoicePost[] = [];
  let authorName = '';
  const candidates = shape.posts.flatMap((sel) => Array.from(doc.querySelectorAll(sel)));
  for (const el of new Set(candidates)) {
    if (candidates.some((other) => other !== el && other.contains(el))) continue; // a shared post inside one
    const urn = el.getAttribute('data-urn') ?? el.getAttribute('componentkey') ?? '';
    const id = ACTIVITY.exec(urn)?.[1];
    const author = shape.author(el);
    if (!id || !profilePath(author)?.startsWith(owner)) continue;
    const textEl = shape.text(el);
    const text = readText(textEl);
    if (!text.trim() || found.some((p) => p.id === id)) continue;
    authorName ||=
      readText(author)
        .split('\n')
        .find((l) => l.trim()) ?? '';
    const link = Array.from(el.querySelectorAll('a[href*="/feed/update/"]')).find((a) =>
      a.querySelector('time'),
    );
    const url = new URL(
      link?.getAttribute('href') ?? `/feed/update/urn:li:activity:${id}/`,
      'https://www.linkedin.com',
    );
    found.push(post(id, text, `${url.origin}${url.pathname}`, el, textEl));
  }
  const account = cleanPageText(shape.name(doc) || authorName || owner, LIMITS.account);
  return done(
    { platform: 'linkedin', surface: shape.surface, url: cleanPageText(href.href, LIMITS.url), account },
    found,
  );
}

/**
 * On a post's page: the brand's own replies in its thread (the comment queue's reader marks them), each
 * with the post's address. Its voice as it answers people, which is the voice a reply copilot needs most.
 */
export function voiceFromReplies(thread: ThreadRead | null): VoiceRead | null {
  if (!thread) return null;
  const found: VoicePost[] = [];
  for (const item of thread.items) {
    if (!item.byBrand || !item.text.trim() || found.some((p) => p.id === item.id)) continue;
    found.push({
      id: item.id,
      text: cleanPageText(item.text, LIMITS.post),
      url: thread.url,
      ...(item.time ? { time: item.time } : {}),
      ...(item.lang ? { lang: item.lang } : {}),
    });
  }
  const account = thread.replyingAs ?? thread.items.find((i) => i.byBrand)?.author ?? '';
  return done(
    {
      platform: thread.platform,
      surface: thread.surface,
      url: thread.url,
      account: cleanPageText(account, LIMITS.account),
      replies: true,
    },
    found,
  );
}

/**
 * The brand's posts on this page, read by the first surface of `adapters` that finds some; on a post's
 * page, the brand's own replies in its thread.
 */
export function readVoicePosts(doc: Document, adapters: readonly PlatformAdapter[]): VoiceRead | null {
  for (const adapter of adapters) {
    const read =
      adapter.surface === 'x'
        ? readXVoice(doc)
        : adapter.platform === 'linkedin'
          ? readLinkedInVoice(doc, adapter.surface)
          : null;
    if (read) return read;
  }
  return voiceFromReplies(readThread(doc, adapters));
}
