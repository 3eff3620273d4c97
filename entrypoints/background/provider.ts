import { apiKeyItem, readProviderSettings, type ProviderSettings } from '@/utils/settings';

export interface Provider {
  settings: ProviderSettings;
  apiKey: string;
}

const LOCAL = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/;

/** Whether a model can be called: an endpoint and a model, and a key unless the endpoint is on this computer. */
export function isConfigured({ settings, apiKey }: Provider): boolean {
  return Boolean(settings.baseURL && settings.model && (apiKey || LOCAL.test(settings.baseURL)));
}

/** The provider settings with the key. Only the background calls this. */
export async function loadProvider(): Promise<Provider> {
  const [settings, apiKey] = await Promise.all([readProviderSettings(), apiKeyItem.getValue()]);
  return { settings, apiKey };
}
