import type { Platform } from '@/utils/thread/context';
import { FALLBACK_PROFILE, type BrandProfile } from './profile';

export interface PickInput {
  /** Chosen by the manager in the panel's switcher, for this reply. */
  requestedId?: string;
  /** The profile marked as default in the options page. */
  defaultId?: string;
  /** The account the page says the manager replies as, and where. */
  replyingAs?: string;
  platform?: Platform;
}

const normalizeAccount = (account: string): string =>
  account.trim().toLowerCase().replace(/^@/, '').replace(/\s+/g, ' ');

/** The profile bound to the account the manager replies as, if any. */
export function boundProfile(
  profiles: readonly BrandProfile[],
  platform: Platform | undefined,
  replyingAs: string | undefined,
): BrandProfile | undefined {
  if (!platform || !replyingAs) return undefined;
  const account = normalizeAccount(replyingAs);
  return profiles.find((p) =>
    p.bindings.some((b) => b.platform === platform && normalizeAccount(b.account) === account),
  );
}

/**
 * The profile that speaks for a reply: the manager's choice in the panel, else the one bound to the
 * account they reply as, else the default, else the first, else a neutral one.
 */
export function pickProfile(profiles: readonly BrandProfile[], input: PickInput): BrandProfile {
  const byId = (id: string | undefined) => (id ? profiles.find((p) => p.id === id) : undefined);
  return (
    byId(input.requestedId) ??
    boundProfile(profiles, input.platform, input.replyingAs) ??
    byId(input.defaultId) ??
    profiles[0] ??
    FALLBACK_PROFILE
  );
}
