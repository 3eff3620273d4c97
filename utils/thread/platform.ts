/**
 * The platforms the extension knows, and their facts: one home for each (zod-free, so the content
 * script can import it). Surfaces are the page designs a platform serves (LinkedIn serves two).
 */
export const PLATFORMS = ['x', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SURFACES = ['x', 'linkedin-classic', 'linkedin-2026'] as const;
export type Surface = (typeof SURFACES)[number];

/** How the platform is named to the manager and to the model (product names: not translated). */
export const PLATFORM_NAMES = { x: 'X', linkedin: 'LinkedIn' } as const satisfies Record<Platform, string>;

/** The platforms' own limits for one reply, in characters (X counts by its own weighted rules). */
export const PLATFORM_LIMITS = { x: 280, linkedin: 1250 } as const satisfies Record<Platform, number>;
