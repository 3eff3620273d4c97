import { DEFAULT_PROVIDER_SETTINGS, type ProviderSettings } from '@/utils/storage/settings';

export const blankSettings = (baseURL: string): ProviderSettings => ({
  ...DEFAULT_PROVIDER_SETTINGS,
  baseURL,
  model: 'm',
});
