import { FALLBACK_PROFILE, type BrandProfile } from './profile';

export interface PickInput {
  /** Chosen by the manager in the panel's switcher, for this reply. */
  requestedId?: string;
  /** The profile marked as default in the options page. */
  defaultId?: string;
}

/** The profile that speaks for a reply: the manager's choice, else the default, else the first, else a neutral one. */
export function pickProfile(profiles: readonly BrandProfile[], input: PickInput): BrandProfile {
  const byId = (id: string | undefined) => (id ? profiles.find((p) => p.id === id) : undefined);
  return byId(input.requestedId) ?? byId(input.defaultId) ?? profiles[0] ?? FALLBACK_PROFILE;
}
