import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { BrandProfileSchema, newProfile, type BrandProfile } from '@/utils/brand/profile';
import { getDb } from '@/utils/db';
import { defaultProfileIdItem } from '@/utils/settings';

/** Brand profiles, live: a change made anywhere in the extension shows here at once. */
export function useProfiles() {
  const profiles = useLiveQuery(() => getDb().profiles.orderBy('name').toArray(), [], undefined);
  const [defaultId, setDefaultIdState] = useState('');

  useEffect(() => {
    void defaultProfileIdItem.getValue().then(setDefaultIdState);
    return defaultProfileIdItem.watch((value) => setDefaultIdState(value ?? ''));
  }, []);

  const create = useCallback(async (fields: Pick<BrandProfile, 'name' | 'voice'>) => {
    const profile = newProfile(fields);
    await getDb().profiles.add(profile);
    if (!(await defaultProfileIdItem.getValue())) await defaultProfileIdItem.setValue(profile.id);
    return profile;
  }, []);

  const update = useCallback(async (profile: BrandProfile) => {
    await getDb().profiles.put(BrandProfileSchema.parse({ ...profile, updatedAt: Date.now() }));
  }, []);

  const setDefault = useCallback((id: string) => defaultProfileIdItem.setValue(id), []);

  return { profiles, defaultId, create, update, setDefault };
}
