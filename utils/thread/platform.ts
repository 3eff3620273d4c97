/**
 * The platforms the extension knows, and their facts: one home for each (zod-free, so the content
 * script can import it). Surfaces are the page designs a platform serves (LinkedIn serves two). `web` is
 * any other site, reached through the generic mode: its facts come from the site (utils/thread/sites.ts).
 */
export const PLATFORMS = ['x', 'linkedin', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SURFACES = ['x', 'linkedin-classic', 'linkedin-2026', 'generic'] as const;
export type Surface = (typeof SURFACES)[number];

/** The platforms with an adapter of their own, whose rules a brand profile sets (maximum lengths…). */
export const DEDICATED_PLATFORMS = ['x', 'linkedin'] as const satisfies readonly Platform[];
export type DedicatedPlatform = (typeof DEDICATED_PLATFORMS)[number];

/** How the platform is named to the manager and to the model (product names: not translated). */
export const PLATFORM_NAMES = { x: 'X', linkedin: 'LinkedIn' } as const satisfies Record<
  DedicatedPlatform,
  string
>;

/** The platforms' own limits for one reply, in characters (X counts by its own weighted rules). */
export const PLATFORM_LIMITS = { x: 280, linkedin: 1250 } as const satisfies Record<
  DedicatedPlatform,
  number
>;

export const isDedicated = (platform: Platform): platform is DedicatedPlatform => platform !== 'web';

/** The hosts each dedicated platform is served on (the manifest's matches list the same sites). */
export const PLATFORM_HOSTS = {
  x: ['x.com', 'twitter.com'],
  linkedin: ['www.linkedin.com'],
} as const satisfies Record<DedicatedPlatform, readonly string[]>;

/** The dedicated platform a host belongs to, if any. */
export const platformOfHost = (hostname: string): DedicatedPlatform | undefined =>
  DEDICATED_PLATFORMS.find((platform) => (PLATFORM_HOSTS[platform] as readonly string[]).includes(hostname));
