/**
 * Provider presets: what the settings page fills in and explains. Every preset is an OpenAI-compatible
 * chat-completions endpoint; "custom" is any other one. Hosts here are in the manifest's
 * host_permissions; any other endpoint's origin is requested when the manager saves it.
 */
export interface ProviderPreset {
  id: 'openai' | 'azure' | 'openrouter' | 'mistral' | 'groq' | 'ollama' | 'lmstudio' | 'custom';
  label: string;
  baseURL: string;
  /** Whether the endpoint needs a key at all (local servers do not). */
  needsKey: boolean;
  keyHint: string;
  modelHint: string;
  /** The base URL holds a part the manager must replace (Azure's resource name). */
  editBaseURL?: string;
}

export const PRESETS: readonly ProviderPreset[] = [
  {
    id: 'openai',
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    needsKey: true,
    keyHint: 'Create a key at platform.openai.com → API keys. It starts with “sk-”.',
    modelHint: 'For example gpt-4o-mini (fast, cheap) or gpt-4.1.',
  },
  {
    id: 'azure',
    label: 'Azure OpenAI (v1)',
    baseURL: 'https://YOUR-RESOURCE.openai.azure.com/openai/v1',
    needsKey: true,
    keyHint: 'Key 1 or Key 2 from your Azure OpenAI resource, under “Keys and Endpoint”.',
    modelHint: 'The name of your deployment (not the model family).',
    editBaseURL: 'Replace YOUR-RESOURCE with your resource name.',
  },
  {
    id: 'openrouter',
    label: 'OpenRouter',
    baseURL: 'https://openrouter.ai/api/v1',
    needsKey: true,
    keyHint: 'Create a key at openrouter.ai/keys.',
    modelHint: 'Provider and model, for example openai/gpt-4o-mini or mistralai/mistral-small.',
  },
  {
    id: 'mistral',
    label: 'Mistral',
    baseURL: 'https://api.mistral.ai/v1',
    needsKey: true,
    keyHint: 'Create a key at console.mistral.ai → API keys.',
    modelHint: 'For example mistral-small-latest.',
  },
  {
    id: 'groq',
    label: 'Groq',
    baseURL: 'https://api.groq.com/openai/v1',
    needsKey: true,
    keyHint: 'Create a key at console.groq.com/keys.',
    modelHint: 'For example llama-3.3-70b-versatile.',
  },
  {
    id: 'ollama',
    label: 'Ollama (on this computer)',
    baseURL: 'http://localhost:11434/v1',
    needsKey: false,
    keyHint:
      'No key. Ollama refuses browser extensions unless started with OLLAMA_ORIGINS=chrome-extension://* (Firefox: moz-extension://*).',
    modelHint: 'A model you pulled, for example llama3.2 or mistral.',
  },
  {
    id: 'lmstudio',
    label: 'LM Studio (on this computer)',
    baseURL: 'http://localhost:1234/v1',
    needsKey: false,
    keyHint: 'No key. Start the local server in LM Studio (Developer tab) and load a model.',
    modelHint: 'The identifier LM Studio shows for the loaded model.',
  },
  {
    id: 'custom',
    label: 'Other OpenAI-compatible endpoint',
    baseURL: '',
    needsKey: true,
    keyHint: 'The key your endpoint expects, if any.',
    modelHint: 'A model your endpoint offers: use Test connection to list them.',
  },
];

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

/** The host permissions the manifest grants at install; anything else is asked for when saved. */
export const GRANTED_HOSTS = [
  'https://api.openai.com/*',
  'https://*.openai.azure.com/*',
  'https://openrouter.ai/*',
  'https://api.mistral.ai/*',
  'https://api.groq.com/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
] as const;

/** The match pattern to request for an endpoint (ports are not part of match patterns). */
export function originPattern(baseURL: string): string {
  const url = new URL(baseURL);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether an endpoint is covered by the install-time host permissions. */
export function isGrantedAtInstall(baseURL: string): boolean {
  const url = new URL(baseURL);
  return GRANTED_HOSTS.some((pattern) => {
    const [scheme, rest] = pattern.split('://') as [string, string];
    const host = rest.slice(0, rest.indexOf('/'));
    if (`${scheme}:` !== url.protocol) return false;
    return host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}

/** Azure's v1 endpoint also takes its key as `api-key`; other providers need no extra header. */
export function providerHeaders(baseURL: string, apiKey: string): Record<string, string> | undefined {
  try {
    return /\.openai\.azure\.com$/.test(new URL(baseURL).hostname) && apiKey
      ? { 'api-key': apiKey }
      : undefined;
  } catch {
    return undefined;
  }
}
