import { useEffect, useState } from 'react';
import { callAsExtension } from '@/utils/messaging/rpc';
import type { TabStatus } from '@/utils/messaging/protocol';

/** What the side panel says about the current LinkedIn or X tab, refreshed while the panel is open. */
export function useTabStatus(everyMs = 3000): TabStatus | null {
  const [status, setStatus] = useState<TabStatus | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = (): void => {
      if (document.visibilityState !== 'visible') return;
      callAsExtension('status.get', {}).then(
        (s) => alive && setStatus(s),
        () => undefined,
      );
    };
    refresh();
    const timer = setInterval(refresh, everyMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [everyMs]);
  return status;
}
