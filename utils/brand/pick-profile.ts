import type { Platform } from '@/utils/thread/platform';
import { FALLBACK_PROFILE, type Binding, type BrandProfile } from './profile';

export interface PickInput {
  /** Chosen by the manager in the panel's switcher, for this reply. */
  requestedId?: string;
  /** The profile marked as default in the options page. */
  defaultId?: string;
  /** The account the page says the manager replies as, and where. */
  replyingAs?: string;
  platform?: Platform;
  /** The page's address: on other sites, a binding names the site (and perhaps a page of it). */
  url?: string;
}

const normalizeAccount = (account: string): string =>
  account.trim().toLowerCase().replace(/^@/, '').replace(/\s+/g, ' ');

/**
 * Whether a site binding ("facebook.com/acmecafe", "acme.com") covers a page: the same host or one of
 * its subdomains, and the path, when the binding gives one, as a prefix.
 */
export function siteCovers(binding: string, url: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  const [hostPart = '', ...path] = binding
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split('/');
  const host = page.hostname.toLowerCase().replace(/^www\./, '');
  if (!hostPart || (host !== hostPart && !host.endsWith(`.${hostPart}`))) return false;
  const prefix = path.filter(Boolean).join('/');
  const pagePath = page.pathname.toLowerCase().replace(/^\/+/, '');
  return !prefix || pagePath === prefix || pagePath.startsWith(`${prefix}/`);
}

const covers = (b: Binding, input: PickInput): boolean =>
  b.platform === 'web'
    ? input.platform === 'web' && input.url !== undefined && siteCovers(b.account, input.url)
    : b.platform === input.platform &&
      input.replyingAs !== undefined &&
      normalizeAccount(b.account) === normalizeAccount(input.replyingAs);

/** The profile bound to the account the manager replies as, or to the site they are on. */
export function boundProfile(profiles: readonly BrandProfile[], input: PickInput): BrandProfile | undefined {
  if (!input.platform) return undefined;
  // The most specific site binding wins (facebook.com/acmecafe over facebook.com).
  const matches = profiles.flatMap((p) => p.bindings.filter((b) => covers(b, input)).map((b) => ({ p, b })));
  matches.sort((a, b) => b.b.account.length - a.b.account.length);
  return matches[0]?.p;
}

/**
 * The profile that speaks for a reply: the manager's choice in the panel, else the one bound to the
 * account they reply as (or the site), else the default, else the first, else a neutral one.
 */
export function pickProfile(profiles: readonly BrandProfile[], input: PickInput): BrandProfile {
  const byId = (id: string | undefined) => (id ? profiles.find((p) => p.id === id) : undefined);
  return (
    byId(input.requestedId) ??
    boundProfile(profiles, input) ??
    byId(input.defaultId) ??
    profiles[0] ??
    FALLBACK_PROFILE
  );
}
