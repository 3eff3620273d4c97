import { t } from '@/utils/i18n/i18n';
/**
 * A problem shown to the manager: a plain title, what happened, and what to do next.
 * Every failure that reaches the interface is one of these; raw exceptions never are.
 * (No zod here: the content script uses this file and must stay small. The schema is in messaging.)
 */
export const USER_ERROR_CODES = [
  'not-configured',
  'auth',
  'forbidden',
  'model-not-found',
  'quota',
  'rate-limit',
  'server',
  'unreachable',
  'timeout',
  'bad-response',
  'bad-request',
  'session-expired',
  'no-composer',
  'insert-failed',
  'invalid-message',
  'internal',
] as const;
export const USER_ERROR_ACTIONS = ['open-settings', 'retry', 'reload-tab'] as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];
export interface UserError {
  code: UserErrorCode;
  title: string;
  detail: string;
  /** The one next step the interface offers as a button. */
  action?: (typeof USER_ERROR_ACTIONS)[number];
}

export class UserFacingError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.title);
    this.name = 'UserFacingError';
  }
}

export const userError = (
  code: UserErrorCode,
  title: string,
  detail: string,
  action?: UserError['action'],
): UserError => ({ code, title, detail, ...(action ? { action } : {}) });

export function isUserError(value: unknown): value is UserError {
  const v = value as Partial<UserError> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (USER_ERROR_CODES as readonly string[]).includes(v.code ?? '') &&
    typeof v.title === 'string' &&
    typeof v.detail === 'string' &&
    (v.action === undefined || (USER_ERROR_ACTIONS as readonly string[]).includes(v.action))
  );
}

export function toUserError(error: unknown): UserError {
  if (error instanceof UserFacingError) return error.userError;
  if (typeof error === 'object' && error !== null && 'userError' in error && isUserError(error.userError))
    return error.userError;
  if (isUserError(error)) return error;
  return userError(
    'internal',
    t('errors.internal.title'),
    t('errors.internal.detail', [error instanceof Error ? error.message : String(error)]),
    'retry',
  );
}
