import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isGrantedAtInstall, originPattern } from '@/utils/llm/presets';
import { toUserError, type UserError } from '@/utils/errors';
import { callAsExtension } from '@/utils/messaging/rpc';
import { UserFacingError } from '@/utils/errors';
import type { BackgroundProtocol } from '@/utils/messaging/protocol';
import type { Payload } from '@/utils/messaging/senders';
import type { PublicSettings, TestResult } from '@/utils/storage/settings-schema';

const asUserError = (error: unknown): UserError =>
  error instanceof UserFacingError ? error.userError : toUserError(error);

/**
 * Asks the browser for access to an endpoint the manifest does not already cover (its origin only).
 * Must be called from a click: browsers only show the prompt with user activation.
 */
async function requestAccess(baseURL: string): Promise<boolean> {
  try {
    if (isGrantedAtInstall(baseURL)) return true;
    return await browser.permissions.request({ origins: [originPattern(baseURL)] });
  } catch {
    return false;
  }
}

/** Provider settings as the options page sees them: the key only ever masked. Writes go through the background. */
export function useProviderSettings() {
  const [settings, setSettings] = useState<PublicSettings | null>(null);
  const [loadError, setLoadError] = useState<UserError | null>(null);

  useEffect(() => {
    callAsExtension('settings.get', {}).then(setSettings, (error: unknown) =>
      setLoadError(asUserError(error)),
    );
  }, []);

  const save = useCallback(
    async (input: Payload<BackgroundProtocol, 'settings.save'>): Promise<UserError | null> => {
      try {
        setSettings(await callAsExtension('settings.save', input));
        return null;
      } catch (error) {
        return asUserError(error);
      }
    },
    [],
  );

  const test = useCallback(
    async (input: { baseURL: string; model: string; apiKey?: string }): Promise<TestResult> => {
      try {
        return await callAsExtension('settings.test', input);
      } catch (error) {
        return { ok: false, error: asUserError(error) };
      }
    },
    [],
  );

  return { settings, loadError, save, test, requestAccess };
}
