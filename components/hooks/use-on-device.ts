import { useCallback, useEffect, useState } from 'react';
import {
  downloadOnDeviceModel,
  languageModel,
  onDeviceStatus,
  type OnDeviceAvailability,
} from '@/utils/llm/on-device';
import { t } from '@/utils/i18n/i18n';

/** Chrome's built-in model as this page sees it: absent, unavailable, to download, downloading, or ready. */
export function useOnDevice() {
  const [status, setStatus] = useState<OnDeviceAvailability | 'absent' | 'checking'>('checking');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    void onDeviceStatus().then(setStatus);
  }, []);

  /** Must run from a click: Chrome only starts the download with user activation. */
  const download = useCallback(async () => {
    const api = languageModel();
    if (!api) return;
    setError('');
    setProgress(0);
    setStatus('downloading');
    try {
      await downloadOnDeviceModel(api, setProgress);
      setStatus(await onDeviceStatus(api));
    } catch (e) {
      setError(t('onDevice.downloadFailed', [e instanceof Error ? e.message : String(e)]));
      setStatus(await onDeviceStatus(api));
    } finally {
      setProgress(null);
    }
  }, []);

  return { status, progress, error, download };
}
