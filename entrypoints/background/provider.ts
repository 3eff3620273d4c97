import type { UserError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { notConfigured } from '@/utils/llm/errors';
import { endpointOrigin, isLocalEndpoint } from '@/utils/llm/hosts';
import { onDeviceStatus, streamOnDevice } from '@/utils/llm/on-device';
import { providerHeaders } from '@/utils/llm/presets';
import type { Price } from '@/utils/llm/prices';
import type { ChatMessage } from '@/utils/llm/prompt';
import { streamChat, type ChatOutcome, type RetryWait } from '@/utils/llm/stream-chat';
import { keyFor, readProviderSettings, type ProviderSettings } from '@/utils/storage/settings';
import { blockedFor } from './breaker';
import { capRefusal } from './spend';

export interface Provider {
  settings: ProviderSettings;
  apiKey: string;
}

/** What answers a request: a remote endpoint, the browser's built-in model, or nothing yet (and why). */
export type Engine =
  | {
      kind: 'remote';
      settings: ProviderSettings;
      apiKey: string;
      /** The origin the key is bound to, and where requests go. */
      endpoint: string;
      headers?: Record<string, string>;
    }
  | { kind: 'on-device'; settings: ProviderSettings }
  | { kind: 'none'; error: UserError; blocked?: boolean };

/** Whether a remote endpoint can be called: an endpoint and a model, and a key unless it is local. */
export function isConfigured({ settings, apiKey }: Provider): boolean {
  return Boolean(settings.baseURL && settings.model && (apiKey || isLocalEndpoint(settings.baseURL)));
}

/** The provider settings with the key bound to their endpoint. Only the background calls this. */
export async function loadProvider(): Promise<Provider> {
  const settings = await readProviderSettings();
  return { settings, apiKey: await keyFor(settings.baseURL) };
}

/**
 * The remote endpoint when one is set up; the built-in model when the manager chose it, or by default
 * when no key is set and the browser has it ready. After an answer that stops requests (breaker.ts), the
 * endpoint is not used until the manager acts; `force` is that act ("Try anyway").
 */
export async function resolveEngine({ force = false } = {}): Promise<Engine> {
  const provider = await loadProvider();
  const { settings, apiKey } = provider;
  if (settings.kind === 'openai-compatible' && isConfigured(provider)) {
    const endpoint = endpointOrigin(settings.baseURL);
    const blocked = force ? undefined : await blockedFor(endpoint);
    if (blocked) return { kind: 'none', error: blocked.error, blocked: true };
    // The day's spend reached the manager's cap: nothing more goes out ("Try anyway" does not lift it).
    const capped = await capRefusal(settings);
    if (capped) return { kind: 'none', error: capped };
    return { kind: 'remote', settings, apiKey, endpoint, headers: providerHeaders(settings.baseURL, apiKey) };
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

/** The model's name as the meter and the AI-use log record it. */
export const engineModel = (engine: Engine): string =>
  engine.kind === 'remote' ? engine.settings.model : engine.kind === 'on-device' ? 'on-device' : 'none';

/** What the engine's tokens cost: the manager's price or the table's (remote), nothing (on this computer). */
export const enginePrice = (engine: Engine): Price | undefined =>
  engine.kind === 'remote' ? engine.settings.price : { input: 0, output: 0 };

/** Where requests go, as the panel names it while waiting ("api.openai.com", "on-device"). */
export const engineLabel = (engine: Engine): string =>
  engine.kind === 'remote' ? new URL(engine.endpoint).host : engine.kind;

export interface StreamHooks {
  /** Told before each wait between attempts (a rate limit's retry-after, a server error's backoff). */
  onRetryWait?: (wait: RetryWait) => void;
  /** The wait itself, so the manager can cut it short ("Try now"). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Streams one answer from whichever engine is set up, with the same outcome shape. */
export function streamWith(
  engine: Exclude<Engine, { kind: 'none' }>,
  messages: ChatMessage[],
  signal: AbortSignal,
  onText: (delta: string) => void,
  hooks: StreamHooks = {},
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
    ...hooks,
  });
}
