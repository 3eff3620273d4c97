import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { userError, UserFacingError, type UserError } from '../errors';

export interface ErrorContext {
  baseURL: string;
  model: string;
}

const host = (baseURL: string): string => {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL || 'the provider';
  }
};

/** What the provider said, trimmed: shown as a hint, never trusted as markup. */
function providerSays(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : '';
  return message ? ` The provider says: “${message.slice(0, 200)}”.` : '';
}

const isLocal = (baseURL: string): boolean => /^http:\/\/(localhost|127\.|\[::1\])/.test(baseURL);

export const notConfigured = (): UserError =>
  userError(
    'not-configured',
    'Connect a model first',
    'No model is set up yet. Open Settings and enter your provider’s base URL, API key and model.',
    'open-settings',
  );

export const timedOut = (what: 'first-token' | 'total', seconds?: number): UserError =>
  userError(
    'timeout',
    what === 'first-token' ? 'The model did not start answering' : 'The model took too long',
    `No ${what === 'first-token' ? 'answer began' : 'complete answer arrived'} ${seconds ? `within ${seconds} s` : 'in time'}. Retry, or choose a faster model in Settings.`,
    'retry',
  );

/** Turns anything the OpenAI SDK throws into a message for the manager, with the next step. */
export function mapLlmError(error: unknown, ctx: ErrorContext): UserError {
  if (error instanceof UserFacingError) return error.userError;
  if (error instanceof APIConnectionTimeoutError) return timedOut('total');
  if (error instanceof APIConnectionError) {
    return userError(
      'unreachable',
      `Could not reach ${host(ctx.baseURL)}`,
      isLocal(ctx.baseURL)
        ? 'Nothing answered at this address. Check that your local model server is running, and the base URL in Settings.'
        : 'Check your internet connection and the base URL in Settings, then retry.',
      'retry',
    );
  }
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 401)
      return userError(
        'auth',
        'The provider rejected the API key',
        'The key is wrong, revoked or expired. Paste a valid key in Settings.' + providerSays(error),
        'open-settings',
      );
    if (status === 403)
      return userError(
        'forbidden',
        'The provider refused access',
        (isLocal(ctx.baseURL)
          ? 'Local servers such as Ollama refuse browser extensions by default: start it with OLLAMA_ORIGINS=chrome-extension://* (see the README).'
          : 'This key may not have access to this model or region. Check the key’s permissions, or choose another model in Settings.') +
          providerSays(error),
        'open-settings',
      );
    if (status === 404)
      return userError(
        'model-not-found',
        `Model “${ctx.model}” was not found`,
        'The endpoint does not know this model, or the base URL is wrong. Use “Test connection” in Settings to list the models it offers.',
        'open-settings',
      );
    if (status === 429) {
      if (error.code === 'insufficient_quota' || /quota|billing|credit/i.test(error.message))
        return userError(
          'quota',
          'Your provider account is out of credit',
          'The provider refuses requests until credit is added or the quota resets. Add credit, or use another key in Settings.',
          'open-settings',
        );
      return userError(
        'rate-limit',
        'Too many requests right now',
        'The provider is rate-limiting this key. Wait a few seconds, then retry.',
        'retry',
      );
    }
    if (status !== undefined && status >= 500)
      return userError(
        'server',
        'The provider had a server error',
        `${host(ctx.baseURL)} answered with error ${status}. Retry in a moment; if it persists, check the provider’s status page.`,
        'retry',
      );
    if (status === 400 || status === 422)
      return userError(
        'bad-request',
        'The provider could not process the request',
        'Check that the model name is right for this endpoint.' + providerSays(error),
        'open-settings',
      );
    return userError(
      'bad-response',
      'The provider returned an error',
      `Error ${status ?? 'during the answer'}.${providerSays(error)} Retry; if it persists, check Settings.`,
      'retry',
    );
  }
  if (error instanceof SyntaxError)
    return userError(
      'bad-response',
      'The provider sent an answer the extension cannot read',
      'Part of the stream was malformed. Retry; if it persists, the endpoint may not be OpenAI-compatible.',
      'retry',
    );
  return userError(
    'unreachable',
    `Could not complete the request to ${host(ctx.baseURL)}`,
    `${error instanceof Error ? error.message : String(error)}. Check the base URL in Settings and retry.`,
    'retry',
  );
}

/** Whether another attempt may succeed: rate limits (not quota), server errors, dropped connections. */
export function isRetryable(error: UserError): boolean {
  return error.code === 'rate-limit' || error.code === 'server' || error.code === 'unreachable';
}

/** Milliseconds the server asked us to wait, from `retry-after-ms` or `retry-after` (seconds or a date). */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  if (!(error instanceof APIError) || !error.headers) return undefined;
  const ms = Number(error.headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = error.headers.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
