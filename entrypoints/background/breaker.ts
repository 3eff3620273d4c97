import { storage } from 'wxt/utils/storage';
import type { UserError } from '@/utils/errors';

/**
 * After an answer that more requests cannot mend (the key refused, access denied, no such model, no
 * credit left, retries that ran out), nothing more goes to that endpoint with that key, the reading of
 * the room and pre-written drafts included, until the manager acts: saves the settings, tests the
 * connection, or presses "Try anyway". Kept in session storage so a worker restart does not forget it.
 */
export interface Blocked {
  endpoint: string;
  error: UserError;
  at: number;
}

const blockedItem = storage.defineItem<Blocked | null>('session:blockedEndpoint', { fallback: null });

const FATAL = new Set<UserError['code']>(['auth', 'forbidden', 'model-not-found', 'quota']);
const RETRIED = new Set<UserError['code']>(['rate-limit', 'server', 'unreachable']);

/** Whether this failure stops further requests: fatal at once, or a retryable one whose retries ran out. */
export const stopsRequests = (error: UserError, retriesRanOut: boolean): boolean =>
  FATAL.has(error.code) || (retriesRanOut && RETRIED.has(error.code));

export async function blockedFor(endpoint: string): Promise<Blocked | undefined> {
  const blocked = await blockedItem.getValue();
  return blocked && blocked.endpoint === endpoint ? blocked : undefined;
}

export const block = (endpoint: string, error: UserError, now = Date.now()): Promise<void> =>
  blockedItem.setValue({ endpoint, error, at: now });

/** The manager acted (saved, tested, or asked again): requests may go out again. */
export const unblock = (): Promise<void> => blockedItem.setValue(null);
