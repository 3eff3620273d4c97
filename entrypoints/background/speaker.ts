import { pickProfile, type PickInput } from '@/utils/brand/pick-profile';
import type { BrandProfile } from '@/utils/brand/profile';
import { getDb } from '@/utils/storage/db';
import { privacyItem, type PrivacySettings } from '@/utils/storage/privacy';
import { defaultProfileIdItem } from '@/utils/storage/settings';
import type { ThreadContext } from '@/utils/thread/context';
import { resolveEngine, type Engine } from './provider';

/** Who speaks for a request, and through what: the one step every generation starts with. */
export interface Speaker {
  engine: Engine;
  profile: BrandProfile;
  privacy: PrivacySettings;
  /** What the panel's `session` event repeats: the profile, and whether a model is set up. */
  setup: { profileId: string; configured: boolean };
}

export interface SpeakerInput {
  /** The thread, for the profile bound to the account the manager replies as. */
  context?: Pick<ThreadContext, 'replyingAs' | 'platform' | 'url'>;
  /** The manager's choice in a switcher. */
  requestedId?: string;
  /** The manager explicitly asked again after a request-stopping answer (breaker.ts). */
  force?: boolean;
}

/** Loads the engine, the profiles and the privacy choice, and picks the profile that speaks. */
export async function whoSpeaks({ context, requestedId, force }: SpeakerInput = {}): Promise<Speaker> {
  const [engine, profiles, defaultId, privacy] = await Promise.all([
    resolveEngine({ force }),
    getDb().profiles.toArray(),
    defaultProfileIdItem.getValue(),
    privacyItem.getValue(),
  ]);
  const pick: PickInput = {
    requestedId,
    defaultId,
    replyingAs: context?.replyingAs,
    platform: context?.platform,
    url: context?.url,
  };
  const profile = pickProfile(profiles, pick);
  return { engine, profile, privacy, setup: { profileId: profile.id, configured: engine.kind !== 'none' } };
}
