import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { BrandProfile } from '@/utils/brand/profile';
import { getDb, type Candidate } from '@/utils/storage/db';
import { defaultProfileIdItem } from '@/utils/storage/settings';

/** Brand profiles, live: a change made anywhere in the extension shows here at once. */
export function useProfiles(): { profiles: BrandProfile[] | undefined; defaultId: string } {
  const profiles = useLiveQuery(() => getDb().profiles.orderBy('name').toArray(), []);
  const [defaultId, setDefaultId] = useState('');
  useEffect(() => {
    void defaultProfileIdItem.getValue().then(setDefaultId);
    return defaultProfileIdItem.watch((value) => setDefaultId(value ?? ''));
  }, []);
  return { profiles, defaultId };
}

/** The pairs learned from the manager's edits for one profile, newest first. */
export function useCandidates(profileId: string): Candidate[] | undefined {
  return useLiveQuery(
    () => getDb().candidates.where('profileId').equals(profileId).reverse().sortBy('createdAt'),
    [profileId],
  );
}
