import { useCallback, useEffect, useState } from 'react';
import { privacyItem, type PrivacySettings } from '@/utils/storage/privacy';

export function usePrivacy() {
  const [privacy, setPrivacy] = useState<PrivacySettings | null>(null);
  useEffect(() => {
    void privacyItem.getValue().then(setPrivacy);
    return privacyItem.watch((value) => setPrivacy(value));
  }, []);
  // Shown at once, then stored: a checkbox that waited for storage would flip back for a moment.
  const update = useCallback(async (next: PrivacySettings) => {
    setPrivacy(next);
    await privacyItem.setValue(next);
  }, []);
  return { privacy, update };
}
