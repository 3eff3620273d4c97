import type OpenAI from 'openai';
import { createClient } from './client';
import { userError, UserFacingError, type UserError } from '@/utils/errors';
import { isRetryable, mapLlmError, retryAfterMs, timedOut } from './errors';
import type { ChatMessage } from './prompt';
import { t } from '@/utils/i18n/i18n';

export interface ChatRequest {
  baseURL: string;
  /** May be empty for local servers that need none. */
  apiKey: string;
  model: string;
  messages: ChatMessage[];
  /** Aborts the request upstream: Stop, closing the panel, navigating away. */
  signal: AbortSignal;
  firstTokenTimeoutMs: number;
  totalTimeoutMs: number;
  onText: (delta: string) => void;
  /** Attempts in all, for errors worth retrying before any text arrived. */
  maxAttempts?: number;
  /** Extra headers (Azure also wants its key as `api-key`). */
  headers?: Record<string, string>;
  /** Injected in tests. */
  fetch?: typeof fetch;
  /** The wait between attempts; the generation hub's can be cut short by the manager ("Try now"). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Told the moment an attempt failed and another will follow, with how long the wait is. */
  onRetryWait?: (wait: RetryWait) => void;
}

export interface RetryWait {
  /** Why: a rate limit, a server error, a dropped connection. */
  error: UserError;
  waitMs: number;
  /** The attempt that comes after the wait (2 or 3). */
  attempt: number;
}

export interface ChatOutcome {
  /** False when the stream ended before the model said it was finished (a cut connection). */
  complete: boolean;
  /** Set when the answer was cut by an error after some text arrived; the text is kept. */
  error?: UserError;
  attempts: number;
  usage?: { promptTokens: number; completionTokens: number };
}

/** Longest wait we accept from a `retry-after` before giving up (the panel counts it down meanwhile). */
export const MAX_RETRY_WAIT_MS = 60_000;

/** The stream broke after text arrived: the drafts are kept, marked incomplete. */
const cutOff = (): UserError =>
  userError('bad-response', t('errors.cutOff.title'), t('errors.cutOff.detail'), 'retry');

export const abortError = (): DOMException => new DOMException('The request was stopped.', 'AbortError');

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Streams one chat completion through the openai SDK, with a timeout to the first token, an overall
 * timeout, and retries with backoff (honouring `retry-after`) for rate limits and server errors. Text is
 * handed to `onText` as it arrives. Once text has arrived nothing is retried: a cut stream returns what
 * came, marked incomplete. Stopping rejects with an AbortError.
 */
export async function streamChat(request: ChatRequest): Promise<ChatOutcome> {
  const maxAttempts = request.maxAttempts ?? 3;
  const sleep = request.sleep ?? defaultSleep;
  const client = createClient({
    baseURL: request.baseURL,
    apiKey: request.apiKey,
    headers: request.headers,
    fetch: request.fetch,
  });
  const ctx = { baseURL: request.baseURL, model: request.model };
  let includeUsage = !noUsageOption.has(request.baseURL);

  for (let attempt = 1; ; attempt++) {
    let gotText = false;
    try {
      const outcome = await attemptOnce(client, request, includeUsage, () => (gotText = true));
      return { ...outcome, attempts: attempt };
    } catch (error) {
      if (request.signal.aborted) throw abortError();
      const mapped = mapLlmError(error, ctx);
      if (
        includeUsage &&
        !gotText &&
        mapped.code === 'bad-request' &&
        /stream_options|include_usage/i.test(String(error))
      ) {
        // An endpoint that refuses the usage option: ask again without it, and remember.
        noUsageOption.add(request.baseURL);
        includeUsage = false;
        attempt--;
        continue;
      }
      if (gotText) {
        const error = mapped.code === 'timeout' || mapped.code === 'bad-response' ? mapped : cutOff();
        return { complete: false, error, attempts: attempt };
      }
      const wait = retryAfterMs(error) ?? 400 * 2 ** (attempt - 1) + Math.random() * 200;
      if (!isRetryable(mapped)) throw new UserFacingError(mapped);
      if (attempt >= maxAttempts) throw new UserFacingError(mapped, true);
      if (wait > MAX_RETRY_WAIT_MS)
        throw new UserFacingError(
          { ...mapped, detail: t('errors.rateLimit.longWait', [Math.ceil(wait / 1000)]) },
          true,
        );
      request.onRetryWait?.({ error: mapped, waitMs: wait, attempt: attempt + 1 });
      await sleep(wait, request.signal);
    }
  }
}

/** Endpoints that refused `stream_options` (older OpenAI-compatible servers), for this worker's life. */
const noUsageOption = new Set<string>();

async function attemptOnce(
  client: OpenAI,
  request: ChatRequest,
  includeUsage: boolean,
  onFirstText: () => void,
): Promise<Omit<ChatOutcome, 'attempts'>> {
  const controller = new AbortController();
  let timeout: 'first-token' | 'total' | undefined;
  const expire = (kind: 'first-token' | 'total') => () => {
    timeout = kind;
    controller.abort();
  };
  const firstTimer = setTimeout(expire('first-token'), request.firstTokenTimeoutMs);
  const totalTimer = setTimeout(expire('total'), request.totalTimeoutMs);
  const onAbort = (): void => controller.abort();
  request.signal.addEventListener('abort', onAbort, { once: true });
  const timeoutError = (): UserFacingError =>
    new UserFacingError(
      timedOut(
        timeout!,
        Math.round((timeout === 'first-token' ? request.firstTokenTimeoutMs : request.totalTimeoutMs) / 1000),
      ),
    );

  let finished = false;
  let gotText = false;
  let usage: ChatOutcome['usage'];
  try {
    const stream = await client.chat.completions.create(
      {
        model: request.model,
        messages: request.messages,
        stream: true,
        ...(includeUsage ? { stream_options: { include_usage: true } } : {}),
      },
      { signal: controller.signal, timeout: request.totalTimeoutMs + 5000 },
    );
    for await (const chunk of stream) {
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (delta) {
        if (!gotText) {
          gotText = true;
          clearTimeout(firstTimer);
          onFirstText();
        }
        request.onText(delta);
      }
      if (choice?.finish_reason) finished = true;
      if (chunk.usage)
        usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    }
  } catch (error) {
    if (timeout) throw timeoutError();
    throw error;
  } finally {
    clearTimeout(firstTimer);
    clearTimeout(totalTimer);
    request.signal.removeEventListener('abort', onAbort);
  }
  // The SDK ends the iteration quietly when the request is aborted; tell the three cases apart.
  if (request.signal.aborted) throw abortError();
  if (timeout) {
    if (gotText) return { complete: false, error: timeoutError().userError, usage };
    throw timeoutError();
  }
  return { complete: finished, usage };
}
