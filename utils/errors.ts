import { t } from '@/utils/i18n/i18n';
/**
 * A problem shown to the manager: a plain title, what happened, and what to do next.
 * Every failure that reaches the interface is one of these; raw exceptions never are.
 * (No zod here: the content script uses this file and must stay small. The schema is in
 * utils/messaging/schemas.ts.)
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
  'spend-cap',
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

/** How long a title and a detail may be: messages check these bounds, so every error is cut to fit. */
export const USER_ERROR_LIMITS = { title: 300, detail: 1000 } as const;

/** The one error class the interface knows: thrown anywhere, it reaches the manager as its UserError. */
export class UserFacingError extends Error {
  constructor(
    readonly userError: UserError,
    /** Set when the error came after every retry was spent (see background/breaker.ts). */
    readonly retriesRanOut = false,
  ) {
    super(userError.title);
    this.name = 'UserFacingError';
  }
}

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export const userError = (
  code: UserErrorCode,
  title: string,
  detail: string,
  action?: UserError['action'],
): UserError => ({
  code,
  title: cut(title, USER_ERROR_LIMITS.title),
  detail: cut(detail, USER_ERROR_LIMITS.detail),
  ...(action ? { action } : {}),
});

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

/** Any failure as the manager sees it, bounded to fit in a message. */
export function toUserError(error: unknown): UserError {
  const known = error instanceof UserFacingError ? error.userError : isUserError(error) ? error : undefined;
  if (known) return userError(known.code, known.title, known.detail, known.action);
  return userError(
    'internal',
    t('errors.internal.title'),
    t('errors.internal.detail', [error instanceof Error ? error.message : String(error)]),
    'retry',
  );
}
