import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { userError, UserFacingError, type UserError } from '@/utils/errors';
import { extensionOriginPattern } from '@/utils/browser/api';
import { t } from '@/utils/i18n/i18n';
import { isLocalEndpoint } from './hosts';

export interface ErrorContext {
  baseURL: string;
  model: string;
}

const host = (baseURL: string): string => {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL || t('errors.theProvider');
  }
};

/** What the provider said, trimmed: shown as a hint, never trusted as markup. */
function providerSays(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : '';
  return message ? t('errors.providerSays', [message.slice(0, 200)]) : '';
}

export const notConfigured = (): UserError =>
  userError(
    'not-configured',
    t('errors.notConfigured.title'),
    t('errors.notConfigured.detail'),
    'open-settings',
  );

export const timedOut = (what: 'first-token' | 'total', seconds?: number): UserError =>
  userError(
    'timeout',
    what === 'first-token' ? t('errors.timeout.firstToken') : t('errors.timeout.total'),
    what === 'first-token'
      ? seconds
        ? t('errors.timeout.firstTokenWithin', [seconds])
        : t('errors.timeout.firstTokenInTime')
      : seconds
        ? t('errors.timeout.totalWithin', [seconds])
        : t('errors.timeout.totalInTime'),
    'retry',
  );

/** Turns anything the OpenAI SDK throws into a message for the manager, with the next step. */
export function mapLlmError(error: unknown, ctx: ErrorContext): UserError {
  if (error instanceof UserFacingError) return error.userError;
  if (error instanceof APIConnectionTimeoutError) return timedOut('total');
  if (error instanceof APIConnectionError) {
    return userError(
      'unreachable',
      t('errors.unreachable.title', [host(ctx.baseURL)]),
      isLocalEndpoint(ctx.baseURL) ? t('errors.unreachable.local') : t('errors.unreachable.remote'),
      'retry',
    );
  }
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 401)
      return userError(
        'auth',
        t('errors.auth.title'),
        t('errors.auth.detail') + providerSays(error),
        'open-settings',
      );
    if (status === 403)
      return userError(
        'forbidden',
        t('errors.forbidden.title'),
        (isLocalEndpoint(ctx.baseURL)
          ? t('errors.forbidden.local', [extensionOriginPattern()])
          : t('errors.forbidden.remote')) + providerSays(error),
        'open-settings',
      );
    if (status === 404)
      return userError(
        'model-not-found',
        t('errors.modelNotFound.title', [ctx.model]),
        t('errors.modelNotFound.detail'),
        'open-settings',
      );
    if (status === 429) {
      if (error.code === 'insufficient_quota' || /quota|billing|credit/i.test(error.message))
        return userError('quota', t('errors.quota.title'), t('errors.quota.detail'), 'open-settings');
      return userError('rate-limit', t('errors.rateLimit.title'), t('errors.rateLimit.detail'), 'retry');
    }
    if (status !== undefined && status >= 500)
      return userError(
        'server',
        t('errors.server.title'),
        t('errors.server.detail', [host(ctx.baseURL), status]),
        'retry',
      );
    if (status === 400 || status === 422)
      return userError(
        'bad-request',
        t('errors.badRequest.title'),
        t('errors.badRequest.detail') + providerSays(error),
        'open-settings',
      );
    return userError(
      'bad-response',
      t('errors.providerError.title'),
      t('errors.providerError.detail', [status ?? t('errors.providerError.during'), providerSays(error)]),
      'retry',
    );
  }
  if (error instanceof SyntaxError)
    return userError('bad-response', t('errors.malformed.title'), t('errors.malformed.detail'), 'retry');
  return userError(
    'unreachable',
    t('errors.incomplete.title', [host(ctx.baseURL)]),
    t('errors.incomplete.detail', [error instanceof Error ? error.message : String(error)]),
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
