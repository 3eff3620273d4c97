import { isDedicated, PLATFORM_LIMITS, PLATFORM_NAMES, type Platform } from './platform';
import type { SiteFacts } from './sites';

/**
 * Where a reply goes, as the prompt, the length checks and the panel need it: the place's name and
 * its own limit for one reply (none when a site states none).
 */
export interface Venue {
  platform: Platform;
  name: string;
  limit?: number;
}

export function venueOf(context: { platform: Platform; site?: SiteFacts }): Venue {
  const { platform, site } = context;
  if (isDedicated(platform))
    return { platform, name: PLATFORM_NAMES[platform], limit: PLATFORM_LIMITS[platform] };
  return { platform, name: site?.name ?? 'the web', ...(site?.limit ? { limit: site.limit } : {}) };
}
