import { extensionOriginPattern } from '@/utils/browser/api';
import { t } from '@/utils/i18n/i18n';

/**
 * Provider presets: what the settings page fills in and explains. Every preset is an OpenAI-compatible
 * chat-completions endpoint; "custom" is any other one. Hosts here are in the manifest's
 * host_permissions; any other endpoint's origin is requested when the manager saves it.
 */
export interface ProviderPreset {
  id: 'openai' | 'azure' | 'openrouter' | 'mistral' | 'groq' | 'ollama' | 'lmstudio' | 'custom';
  baseURL: string;
  /** Whether the endpoint needs a key at all (local servers do not). */
  needsKey: boolean;
}

export const PRESETS: readonly ProviderPreset[] = [
  { id: 'openai', baseURL: 'https://api.openai.com/v1', needsKey: true },
  { id: 'azure', baseURL: 'https://YOUR-RESOURCE.openai.azure.com/openai/v1', needsKey: true },
  { id: 'openrouter', baseURL: 'https://openrouter.ai/api/v1', needsKey: true },
  { id: 'mistral', baseURL: 'https://api.mistral.ai/v1', needsKey: true },
  { id: 'groq', baseURL: 'https://api.groq.com/openai/v1', needsKey: true },
  { id: 'ollama', baseURL: 'http://localhost:11434/v1', needsKey: false },
  { id: 'lmstudio', baseURL: 'http://localhost:1234/v1', needsKey: false },
  { id: 'custom', baseURL: '', needsKey: true },
];

/** The preset's name in the settings (product names stay as they are). */
export function presetLabel({ id }: ProviderPreset): string {
  const names: Partial<Record<ProviderPreset['id'], string>> = {
    openai: 'OpenAI',
    openrouter: 'OpenRouter',
    mistral: 'Mistral',
    groq: 'Groq',
  };
  return (
    names[id] ??
    {
      azure: t('presets.azure.label'),
      ollama: t('presets.ollama.label'),
      lmstudio: t('presets.lmstudio.label'),
      custom: t('presets.custom.label'),
    }[id as 'azure' | 'ollama' | 'lmstudio' | 'custom']
  );
}

/** What the settings explain under a field for this preset: where to get the key, which model. */
export function presetHint({ id }: ProviderPreset, field: 'key' | 'model' | 'baseUrl'): string | undefined {
  if (field === 'baseUrl') return id === 'azure' ? t('presets.azure.baseUrl') : undefined;
  const hints: Record<ProviderPreset['id'], { key: string; model: string }> = {
    openai: { key: t('presets.openai.key'), model: t('presets.openai.model') },
    azure: { key: t('presets.azure.key'), model: t('presets.azure.model') },
    openrouter: { key: t('presets.openrouter.key'), model: t('presets.openrouter.model') },
    mistral: { key: t('presets.mistral.key'), model: t('presets.mistral.model') },
    groq: { key: t('presets.groq.key'), model: t('presets.groq.model') },
    ollama: { key: t('presets.ollama.key', [extensionOriginPattern()]), model: t('presets.ollama.model') },
    lmstudio: { key: t('presets.lmstudio.key'), model: t('presets.lmstudio.model') },
    custom: { key: t('presets.custom.key'), model: t('presets.custom.model') },
  };
  return hints[id][field];
}

/** The preset a base URL belongs to (by host), for showing the right hints for saved settings. */
export function presetFor(baseURL: string): ProviderPreset {
  let host = '';
  try {
    host = new URL(baseURL).host;
  } catch {
    return PRESETS.find((p) => p.id === 'custom')!;
  }
  if (/\.openai\.azure\.com$/.test(host)) return PRESETS.find((p) => p.id === 'azure')!;
  return (
    PRESETS.find((p) => p.baseURL && new URL(p.baseURL).host === host) ??
    PRESETS.find((p) => p.id === 'custom')!
  );
}

export { GRANTED_HOSTS, isGrantedAtInstall, originPattern, providerHeaders } from './hosts';
