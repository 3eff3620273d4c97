import { createClient } from '@/utils/llm/client';
import { userError, UserFacingError } from '@/utils/errors';
import { mapLlmError } from '@/utils/llm/errors';
import { providerHeaders } from '@/utils/llm/presets';
import type { BackgroundProtocol } from '@/utils/messaging/protocol';
import type { Payload } from '@/utils/messaging/senders';
import type { PublicSettings, TestResult } from '@/utils/storage/settings-schema';
import {
  apiKeyItem,
  checkBaseURL,
  maskKey,
  providerSettingsItem,
  readProviderSettings,
} from '@/utils/storage/settings';
import { t } from '@/utils/i18n/i18n';

export async function getPublicSettings(): Promise<PublicSettings> {
  const [settings, key] = await Promise.all([readProviderSettings(), apiKeyItem.getValue()]);
  const { kind, presetId, baseURL, model, price, firstTokenTimeoutMs, totalTimeoutMs } = settings;
  return {
    kind,
    presetId,
    baseURL,
    model,
    ...(price ? { price } : {}),
    firstTokenTimeoutMs,
    totalTimeoutMs,
    hasKey: key.length > 0,
    maskedKey: maskKey(key),
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

type SaveInput = Payload<BackgroundProtocol, 'settings.save'>;

/** Saves the provider. Choosing the on-device model keeps the remote settings (and key) for later. */
export async function saveSettings(input: SaveInput): Promise<PublicSettings> {
  const current = await readProviderSettings();
  const onDevice = input.kind === 'on-device';
  const remote = onDevice ? { baseURL: current.baseURL, model: current.model } : validated(input);
  await providerSettingsItem.setValue({
    ...current,
    ...remote,
    kind: input.kind ?? 'openai-compatible',
    presetId: input.presetId ?? (onDevice ? 'on-device' : current.presetId),
    firstTokenTimeoutMs: input.firstTokenTimeoutMs ?? current.firstTokenTimeoutMs,
    totalTimeoutMs: input.totalTimeoutMs ?? current.totalTimeoutMs,
    price: input.price === null ? undefined : (input.price ?? current.price),
  });
  if (input.apiKey !== undefined) await apiKeyItem.setValue(input.apiKey.trim());
  return getPublicSettings();
}

/** Lists the endpoint's models with the given (or stored) key, and says whether the chosen model is among them. */
export async function testConnection(input: {
  baseURL: string;
  model: string;
  apiKey?: string;
}): Promise<TestResult> {
  let target: { baseURL: string; model: string };
  try {
    target = validated(input);
  } catch (error) {
    return { ok: false, error: (error as UserFacingError).userError };
  }
  const apiKey = input.apiKey?.trim() || (await apiKeyItem.getValue());
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
