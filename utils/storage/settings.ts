import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/i18n';
import { endpointOrigin, isLocalEndpoint } from '@/utils/llm/hosts';
import { presetFor } from '@/utils/llm/presets';
import { dbItem } from './db-item';
import { privacyItem, type PrivacySettings } from './privacy';
import { ProviderSettingsSchema, type ProviderSettings } from './settings-schema';

/**
 * Provider settings and the API keys, in the extension's database (storage/db-item.ts): never in
 * storage.local, which content scripts can read and write on Firefox (and on Chrome before 133). Keys
 * are read only by the background; extension pages write them through a background message and only
 * ever see them masked. Each key is bound to the origin of the endpoint it was saved for, so changing
 * the base URL or the preset never sends it somewhere else without the manager saying so.
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

/** Settings stored in a shape we no longer accept fall back to the defaults, field by field. */
const parseProvider = (value: unknown): ProviderSettings | undefined => {
  const parsed = ProviderSettingsSchema.safeParse({ ...DEFAULT_PROVIDER_SETTINGS, ...(value as object) });
  return parsed.success ? parsed.data : undefined;
};

export const providerItem = dbItem<ProviderSettings>('provider', DEFAULT_PROVIDER_SETTINGS, parseProvider);

/** The keys, by endpoint origin. Never read outside the background. */
export const keysItem = dbItem<Record<string, string>>('keys', {}, (value) =>
  value && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).filter(([, key]) => typeof key === 'string'))
    : undefined,
);

export const defaultProfileIdItem = dbItem<string>('defaultProfileId', '', (value) =>
  typeof value === 'string' ? value : undefined,
);

export const readProviderSettings = (): Promise<ProviderSettings> => providerItem.getValue();

/** The key saved for this endpoint's origin ('' when none: another endpoint's key is never used). */
export async function keyFor(baseURL: string): Promise<string> {
  const origin = endpointOrigin(baseURL);
  return origin ? ((await keysItem.getValue())[origin] ?? '') : '';
}

/** Keeps (or, with '', removes) the key for this endpoint's origin. */
export async function setKeyFor(baseURL: string, key: string): Promise<void> {
  const origin = endpointOrigin(baseURL);
  if (!origin) return;
  const { [origin]: _previous, ...others } = await keysItem.getValue();
  await keysItem.setValue(key ? { ...others, [origin]: key } : others);
}

/** The storage.local items of earlier versions (WXT keeps an item's version in `<key>$`). */
const LEGACY_KEYS = ['provider', 'provider$', 'apiKey', 'defaultProfileId', 'privacy', 'privacy$'];

/**
 * Moves the settings of earlier versions out of storage.local, once, when the background starts: the
 * key is kept, bound to the origin it was used with; then nothing of it is left where content scripts
 * could read it.
 */
export async function moveLegacySettings(): Promise<boolean> {
  const old = (await browser.storage.local.get(LEGACY_KEYS)) as Record<string, unknown>;
  if (!LEGACY_KEYS.some((key) => old[key] !== undefined)) return false;
  const provider = old.provider as Record<string, unknown> | undefined;
  const version = (old['provider$'] as { v?: number } | undefined)?.v ?? 1;
  const settings = provider
    ? version < 2
      ? migrateProviderV1(provider)
      : (parseProvider(provider) ?? DEFAULT_PROVIDER_SETTINGS)
    : undefined;
  if (settings) await providerItem.setValue(settings);
  if (typeof old.apiKey === 'string' && old.apiKey && settings?.baseURL)
    await setKeyFor(settings.baseURL, old.apiKey);
  if (typeof old.defaultProfileId === 'string') await defaultProfileIdItem.setValue(old.defaultProfileId);
  const privacy = old.privacy as Partial<PrivacySettings> | undefined;
  if (typeof privacy?.redactPII === 'boolean') await privacyItem.setValue({ redactPII: privacy.redactPII });
  await browser.storage.local.remove(LEGACY_KEYS);
  return true;
}

/** Checks a base URL as typed by the manager; returns the normalized URL or a message saying what to fix. */
export function checkBaseURL(input: string): { ok: true; url: string } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: t('baseUrl.empty') };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: t('baseUrl.notUrl') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: t('baseUrl.scheme') };
  if (url.protocol === 'http:' && !isLocalEndpoint(url.href))
    return { ok: false, message: t('baseUrl.insecure') };
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
