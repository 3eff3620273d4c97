/**
 * Well-known networks the generic mode may be used on: the name shown for them, and the length limit
 * of one comment or reply where the network states it publicly (none otherwise: the panel says so).
 * Plain data, zod-free: the generic reader runs in the page.
 */
export interface KnownSite {
  /** Registrable hosts; subdomains match too (m.facebook.com, old.reddit.com). */
  hosts: readonly string[];
  name: string;
  /** Characters in one comment or reply, as the network states it (graphemes where it counts them). */
  limit?: number;
}

export const KNOWN_SITES: readonly KnownSite[] = [
  { hosts: ['facebook.com'], name: 'Facebook', limit: 8000 },
  { hosts: ['instagram.com'], name: 'Instagram', limit: 2200 },
  { hosts: ['youtube.com'], name: 'YouTube', limit: 10_000 },
  { hosts: ['reddit.com'], name: 'Reddit', limit: 10_000 },
  { hosts: ['bsky.app'], name: 'Bluesky', limit: 300 },
  { hosts: ['threads.net', 'threads.com'], name: 'Threads', limit: 500 },
  // The default of Mastodon's software; an instance can set another.
  { hosts: ['mastodon.social', 'mastodon.online', 'mstdn.social'], name: 'Mastodon', limit: 500 },
  { hosts: ['tiktok.com'], name: 'TikTok', limit: 150 },
  { hosts: ['trustpilot.com'], name: 'Trustpilot' },
  { hosts: ['tripadvisor.com'], name: 'Tripadvisor' },
  { hosts: ['discord.com'], name: 'Discord', limit: 2000 },
];

export interface SiteFacts {
  host: string;
  name: string;
  limit?: number;
}

/** What the extension knows of a site: its name (else its host) and its stated limit, if any. */
export function siteFacts(hostname: string): SiteFacts {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  const known = KNOWN_SITES.find((site) => site.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return known
    ? { host, name: known.name, ...(known.limit ? { limit: known.limit } : {}) }
    : { host, name: host };
}
