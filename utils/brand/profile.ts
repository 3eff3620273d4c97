import { z } from 'zod';

/** A brand profile: the voice a reply speaks in. */
export const BrandProfileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1, 'Give the profile a name.').max(60, 'Keep the name under 60 characters.'),
  voice: z.string().max(1500, 'Keep the voice description under 1,500 characters.'),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type BrandProfile = z.infer<typeof BrandProfileSchema>;

/** What the panel needs to show a profile in its switcher. */
export const ProfileSummarySchema = BrandProfileSchema.pick({ id: true, name: true });
export type ProfileSummary = z.infer<typeof ProfileSummarySchema>;

/** Used when the manager has not created a profile yet: neutral, polite, brief. */
export const FALLBACK_PROFILE: BrandProfile = {
  id: 'fallback',
  name: 'Neutral',
  voice: 'Friendly, clear and professional. Short sentences. No jargon.',
  createdAt: 0,
  updatedAt: 0,
};

export function newProfile(fields: Pick<BrandProfile, 'name' | 'voice'>, now = Date.now()): BrandProfile {
  return BrandProfileSchema.parse({ id: crypto.randomUUID(), ...fields, createdAt: now, updatedAt: now });
}
