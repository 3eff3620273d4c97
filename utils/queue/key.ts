/**
 * Which post a page is about, and the queue's key for it. No zod here: the content script uses this file.
 */

/** Comments one review reads at most (the interface says so). */
export const QUEUE_BOUND = 1000;

/** The queue of one post: one per platform and post id. */
export const threadKey = (platform: string, postId: string): string => `${platform}:${postId}`;

/**
 * The post a page is about, from its address: an X status page, a LinkedIn post page. Null on any other
 * page (a feed, a profile), where there is no one thread to review.
 */
export function postIdOf(url: string): { platform: 'x' | 'linkedin'; postId: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'x.com' || host === 'twitter.com') {
    const match = /^\/[A-Za-z0-9_]{1,15}\/status\/(\d{1,25})(?:\/|$)/.exec(parsed.pathname);
    return match ? { platform: 'x', postId: match[1]! } : null;
  }
  if (host === 'linkedin.com') {
    const match =
      /^\/feed\/update\/urn:li:(?:activity|share|ugcPost):(\d{1,25})\/?$/.exec(parsed.pathname) ??
      /^\/posts\/[^/]*?-(?:activity|share|ugcPost)-(\d{1,25})(?:-[\w]+)?\/?$/.exec(parsed.pathname);
    return match ? { platform: 'linkedin', postId: match[1]! } : null;
  }
  return null;
}
