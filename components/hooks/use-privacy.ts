import { useCallback, useEffect, useState } from 'react';
import { privacyItem, type PrivacySettings } from '@/utils/privacy';

export function usePrivacy() {
  const [privacy, setPrivacy] = useState<PrivacySettings | null>(null);
  useEffect(() => {
    void privacyItem.getValue().then(setPrivacy);
    return privacyItem.watch((value) => setPrivacy(value));
  }, []);
  const update = useCallback((next: PrivacySettings) => privacyItem.setValue(next), []);
  return { privacy, update };
}
