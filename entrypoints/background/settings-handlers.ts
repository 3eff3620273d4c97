import { userError, UserFacingError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { createClient } from '@/utils/llm/client';
import { mapLlmError } from '@/utils/llm/errors';
import { endpointOrigin, isLocalEndpoint } from '@/utils/llm/hosts';
import { providerHeaders } from '@/utils/llm/presets';
import type { BackgroundProtocol } from '@/utils/messaging/protocol';
import type { Payload } from '@/utils/messaging/senders';
import {
  checkBaseURL,
  keyFor,
  keysItem,
  maskKey,
  providerItem,
  readProviderSettings,
  setKeyFor,
} from '@/utils/storage/settings';
import type { PublicSettings, TestResult } from '@/utils/storage/settings-schema';
import { unblock } from './breaker';

export async function getPublicSettings(): Promise<PublicSettings> {
  const [settings, keys] = await Promise.all([readProviderSettings(), keysItem.getValue()]);
  const key = await keyFor(settings.baseURL);
  return {
    ...settings,
    hasKey: key.length > 0,
    maskedKey: maskKey(key),
    savedKeys: Object.entries(keys).map(([origin, saved]) => ({ origin, masked: maskKey(saved) })),
  };
}

function validated(input: { baseURL: string; model: string }): { baseURL: string; model: string } {
  const base = checkBaseURL(input.baseURL);
  if (!base.ok) throw new UserFacingError(userError('bad-request', t('errors.baseUrl.title'), base.message));
  const model = input.model.trim();
  if (!model)
    throw new UserFacingError(userError('bad-request', t('errors.model.title'), t('errors.model.detail')));
  return { baseURL: base.url, model };
}

/**
 * The key to use for an endpoint: the one typed now, else the one saved for that endpoint's origin, else
 * (only when the manager confirmed "use the same key for <origin>") the one saved for another origin.
 */
async function keyToUse(baseURL: string, typed: string | undefined, reuseFrom: string | undefined) {
  if (typed?.trim()) return typed.trim();
  const own = await keyFor(baseURL);
  if (own || !reuseFrom) return own;
  return (await keysItem.getValue())[reuseFrom] ?? '';
}

type SaveInput = Payload<BackgroundProtocol, 'settings.save'>;

/** Saves the provider. Choosing the on-device model keeps the remote settings (and keys) for later. */
export async function saveSettings(input: SaveInput): Promise<PublicSettings> {
  const current = await readProviderSettings();
  const onDevice = input.kind === 'on-device';
  const remote = onDevice ? { baseURL: current.baseURL, model: current.model } : validated(input);
  await providerItem.setValue({
    ...current,
    ...remote,
    kind: input.kind ?? 'openai-compatible',
    presetId: input.presetId ?? (onDevice ? 'on-device' : current.presetId),
    firstTokenTimeoutMs: input.firstTokenTimeoutMs ?? current.firstTokenTimeoutMs,
    totalTimeoutMs: input.totalTimeoutMs ?? current.totalTimeoutMs,
    price: input.price === null ? undefined : (input.price ?? current.price),
    dailySpendCapUsd:
      input.dailySpendCapUsd === null ? undefined : (input.dailySpendCapUsd ?? current.dailySpendCapUsd),
  });
  if (!onDevice) {
    if (input.apiKey !== undefined) await setKeyFor(remote.baseURL, input.apiKey.trim());
    else if (input.reuseKeyFrom)
      await setKeyFor(remote.baseURL, await keyToUse(remote.baseURL, undefined, input.reuseKeyFrom));
  }
  await unblock(); // the manager acted: requests may go out again
  return getPublicSettings();
}

/** Lists the endpoint's models with the given (or stored) key, and says whether the chosen model is among them. */
export async function testConnection(
  input: Payload<BackgroundProtocol, 'settings.test'>,
): Promise<TestResult> {
  let target: { baseURL: string; model: string };
  try {
    target = validated(input);
  } catch (error) {
    return { ok: false, error: (error as UserFacingError).userError };
  }
  const apiKey = await keyToUse(target.baseURL, input.apiKey, input.reuseKeyFrom);
  if (!apiKey && !isLocalEndpoint(target.baseURL))
    return {
      ok: false,
      error: userError(
        'not-configured',
        t('errors.noKeyFor.title', [new URL(target.baseURL).host]),
        t('errors.noKeyFor.detail', [endpointOrigin(target.baseURL)]),
        'open-settings',
      ),
    };
  const client = createClient({
    baseURL: target.baseURL,
    apiKey,
    headers: providerHeaders(target.baseURL, apiKey),
    timeout: 15_000,
  });
  try {
    const models: string[] = [];
    for await (const model of client.models.list()) {
      models.push(model.id);
      if (models.length >= 500) break;
    }
    models.sort();
    await unblock();
    return { ok: true, models, modelFound: models.includes(target.model) };
  } catch (error) {
    const mapped = mapLlmError(error, target);
    if (mapped.code !== 'model-not-found') return { ok: false, error: mapped };
    return {
      ok: false,
      error: userError(
        'model-not-found',
        t('errors.noModelList.title'),
        t('errors.noModelList.detail'),
        'open-settings',
      ),
    };
  }
}
