import { storage } from 'wxt/utils/storage';
import { ProviderSettingsSchema, type ProviderSettings } from './settings-schema';
import { presetFor } from '@/utils/llm/presets';
import { t } from '@/utils/i18n/i18n';

/**
 * Provider settings and the API key, in `storage.local`. The key is a separate item, read only by the
 * background; extension pages write it through a background message and only ever see it masked.
 */
export { ProviderSettingsSchema, type ProviderSettings } from './settings-schema';

export const DEFAULT_PROVIDER_SETTINGS: ProviderSettings = {
  kind: 'openai-compatible',
  presetId: 'openai',
  baseURL: '',
  model: '',
  firstTokenTimeoutMs: 20_000,
  totalTimeoutMs: 90_000,
};

/** Version 1 (0.1) had no kind or preset; every field it had keeps its value. */
export function migrateProviderV1(old: Record<string, unknown>): ProviderSettings {
  const baseURL = typeof old.baseURL === 'string' ? old.baseURL : '';
  return ProviderSettingsSchema.parse({
    ...DEFAULT_PROVIDER_SETTINGS,
    ...old,
    kind: 'openai-compatible',
    presetId: baseURL ? presetFor(baseURL).id : 'openai',
  });
}

/** Defines the stored item; migrations run when it is defined (exported so a test can run them again). */
export const defineProviderSettingsItem = () =>
  storage.defineItem<ProviderSettings>('local:provider', {
    fallback: DEFAULT_PROVIDER_SETTINGS,
    version: 2,
    migrations: { 2: migrateProviderV1 },
  });

export const providerSettingsItem = defineProviderSettingsItem();

/** Never read outside the background. */
export const apiKeyItem = storage.defineItem<string>('local:apiKey', { fallback: '' });

export const defaultProfileIdItem = storage.defineItem<string>('local:defaultProfileId', { fallback: '' });

/** Reads the provider settings, falling back to defaults for anything stored in a shape we no longer accept. */
export async function readProviderSettings(): Promise<ProviderSettings> {
  const stored = await providerSettingsItem.getValue();
  const parsed = ProviderSettingsSchema.safeParse({ ...DEFAULT_PROVIDER_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_PROVIDER_SETTINGS;
}

const LOCAL_HOST =
  /^(localhost|127(\.\d{1,3}){3}|\[::1\]|10(\.\d{1,3}){3}|192\.168(\.\d{1,3}){2}|172\.(1[6-9]|2\d|3[01])(\.\d{1,3}){2}|[\w-]+\.local)$/i;

/** Checks a base URL as typed by the manager; returns the normalized URL or a message saying what to fix. */
export function checkBaseURL(input: string): { ok: true; url: string } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (!trimmed)
    return {
      ok: false,
      message: t('baseUrl.empty'),
    };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      message: t('baseUrl.notUrl'),
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      ok: false,
      message: t('baseUrl.scheme'),
    };
  if (url.protocol === 'http:' && !LOCAL_HOST.test(url.hostname))
    return {
      ok: false,
      message: t('baseUrl.insecure'),
    };
  if (url.username || url.password) return { ok: false, message: t('baseUrl.credentials') };
  url.hash = '';
  url.search = '';
  return { ok: true, url: url.toString().replace(/\/+$/, '') };
}

export function maskKey(key: string): string {
  if (!key) return '';
  if (key.length <= 8) return '••••';
  return `${key.slice(0, 3)}…${key.slice(-4)}`;
}
