import { userError, UserFacingError } from '@/utils/errors';
import type { ChatMessage } from './prompt';
import { abortError, type ChatOutcome } from './stream-chat';
import { t } from '@/utils/i18n/i18n';

/**
 * Chrome's built-in model (the Prompt API, `LanguageModel`, for extensions from Chrome 138): no key,
 * nothing leaves the computer. Feature-detected: where it is absent the option is not shown at all.
 * Only the shape we use is typed, so tests can hand in a fake.
 */
export type OnDeviceAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface LanguageModelSession {
  promptStreaming(
    input: string,
    options?: { signal?: AbortSignal },
  ): ReadableStream<string> | AsyncIterable<string>;
  destroy(): void;
}

export interface LanguageModelApi {
  availability(options?: object): Promise<OnDeviceAvailability>;
  create(options?: {
    initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
    signal?: AbortSignal;
    monitor?: (monitor: EventTarget) => void;
  }): Promise<LanguageModelSession>;
}

/** The on-device model API of this context, if the browser has one. */
export function languageModel(scope: object = globalThis): LanguageModelApi | undefined {
  const candidate = (scope as { LanguageModel?: Partial<LanguageModelApi> }).LanguageModel;
  return typeof candidate?.availability === 'function' && typeof candidate.create === 'function'
    ? (candidate as LanguageModelApi)
    : undefined;
}

/** 'absent' when the browser has no built-in model API; otherwise what the browser says. */
export async function onDeviceStatus(api = languageModel()): Promise<OnDeviceAvailability | 'absent'> {
  if (!api) return 'absent';
  try {
    return await api.availability();
  } catch {
    return 'unavailable';
  }
}

/**
 * Starts the model download. Chrome only allows it from a click (user activation), so the options page
 * calls this from its button; `onProgress` gets 0…1.
 */
export async function downloadOnDeviceModel(
  api: LanguageModelApi,
  onProgress: (loaded: number) => void,
): Promise<void> {
  const session = await api.create({
    monitor: (monitor) =>
      monitor.addEventListener('downloadprogress', (event) =>
        onProgress((event as Event & { loaded: number }).loaded),
      ),
  });
  session.destroy();
}

async function* chunks(stream: ReadableStream<string> | AsyncIterable<string>): AsyncGenerator<string> {
  if (Symbol.asyncIterator in stream) {
    yield* stream as AsyncIterable<string>;
    return;
  }
  const reader = (stream as ReadableStream<string>).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export interface OnDeviceRequest {
  messages: ChatMessage[];
  signal: AbortSignal;
  onText: (delta: string) => void;
  api?: LanguageModelApi;
}

/** Streams one answer from the on-device model, with the same outcome shape as a remote provider. */
export async function streamOnDevice({
  messages,
  signal,
  onText,
  api = languageModel(),
}: OnDeviceRequest): Promise<ChatOutcome> {
  const status = await onDeviceStatus(api);
  if (!api || status !== 'available')
    throw new UserFacingError(
      userError(
        'not-configured',
        t('errors.onDeviceNotReady.title'),
        status === 'downloadable' || status === 'downloading'
          ? t('errors.onDeviceNotReady.download')
          : t('errors.onDeviceNotReady.absent'),
        'open-settings',
      ),
    );
  const system = messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n\n');
  const user = messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('\n\n');
  const session = await api.create({ initialPrompts: [{ role: 'system', content: system }], signal });
  let emitted = '';
  try {
    for await (const chunk of chunks(session.promptStreaming(user, { signal }))) {
      if (signal.aborted) throw abortError();
      // Early Chrome builds streamed the whole text so far; current ones stream deltas. Accept both.
      const delta = emitted && chunk.startsWith(emitted) ? chunk.slice(emitted.length) : chunk;
      if (!delta) continue;
      emitted += delta;
      onText(delta);
    }
  } catch (error) {
    if (signal.aborted) throw abortError();
    if (emitted)
      return {
        complete: false,
        attempts: 1,
        error: userError(
          'bad-response',
          t('errors.onDeviceStopped.title'),
          t('errors.onDeviceStopped.detail'),
          'retry',
        ),
      };
    throw new UserFacingError(
      userError(
        'bad-response',
        t('errors.onDeviceFailed.title'),
        t('errors.onDeviceFailed.detail', [error instanceof Error ? error.message : String(error)]),
        'retry',
      ),
    );
  } finally {
    session.destroy();
  }
  return { complete: true, attempts: 1 };
}
