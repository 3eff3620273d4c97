import type { UserError } from '@/utils/errors';
import { notConfigured } from '@/utils/llm/errors';
import { onDeviceStatus, streamOnDevice } from '@/utils/llm/on-device';
import type { ChatMessage } from '@/utils/llm/prompt';
import { streamChat, type ChatOutcome } from '@/utils/llm/stream-chat';
import { providerHeaders } from '@/utils/llm/presets';
import { apiKeyItem, readProviderSettings, type ProviderSettings } from '@/utils/storage/settings';
import { t } from '@/utils/i18n/i18n';

export interface Provider {
  settings: ProviderSettings;
  apiKey: string;
}

/** What answers a request: a remote endpoint, Chrome's built-in model, or nothing yet (and why). */
export type Engine =
  | { kind: 'remote'; settings: ProviderSettings; apiKey: string; headers?: Record<string, string> }
  | { kind: 'on-device'; settings: ProviderSettings }
  | { kind: 'none'; error: UserError };

const LOCAL = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/;

/** Whether a remote endpoint can be called: an endpoint and a model, and a key unless it is on this computer. */
export function isConfigured({ settings, apiKey }: Provider): boolean {
  return Boolean(settings.baseURL && settings.model && (apiKey || LOCAL.test(settings.baseURL)));
}

/** The provider settings with the key. Only the background calls this. */
export async function loadProvider(): Promise<Provider> {
  const [settings, apiKey] = await Promise.all([readProviderSettings(), apiKeyItem.getValue()]);
  return { settings, apiKey };
}

/**
 * The remote endpoint when one is set up; Chrome's built-in model when the manager chose it, or by
 * default when no key is set and the browser has it ready.
 */
export async function resolveEngine(): Promise<Engine> {
  const provider = await loadProvider();
  const { settings, apiKey } = provider;
  if (settings.kind === 'openai-compatible' && isConfigured(provider)) {
    return { kind: 'remote', settings, apiKey, headers: providerHeaders(settings.baseURL, apiKey) };
  }
  const onDevice = await onDeviceStatus();
  if (onDevice === 'available') return { kind: 'on-device', settings };
  if (settings.kind === 'on-device' && onDevice !== 'absent')
    return {
      kind: 'none',
      error: {
        ...notConfigured(),
        title: t('errors.onDeviceNotReadyYet.title'),
        detail: t('errors.onDeviceNotReadyYet.detail'),
      },
    };
  return { kind: 'none', error: notConfigured() };
}

/** Streams one answer from whichever engine is set up, with the same outcome shape. */
export function streamWith(
  engine: Exclude<Engine, { kind: 'none' }>,
  messages: ChatMessage[],
  signal: AbortSignal,
  onText: (delta: string) => void,
): Promise<ChatOutcome> {
  if (engine.kind === 'on-device') return streamOnDevice({ messages, signal, onText });
  return streamChat({
    baseURL: engine.settings.baseURL,
    apiKey: engine.apiKey,
    headers: engine.headers,
    model: engine.settings.model,
    messages,
    signal,
    firstTokenTimeoutMs: engine.settings.firstTokenTimeoutMs,
    totalTimeoutMs: engine.settings.totalTimeoutMs,
    onText,
  });
}
