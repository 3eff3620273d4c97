import { storage } from 'wxt/utils/storage';
import { redactPII } from '@/utils/safety/redact';
import type { ThreadContext } from '@/utils/thread/context';

/** Privacy choices. Redaction is on by default; it only applies to remote providers (on-device stays local). */
export interface PrivacySettings {
  redactPII: boolean;
}

export const privacyItem = storage.defineItem<PrivacySettings>('local:privacy', {
  fallback: { redactPII: true },
  version: 1,
});

/** The thread with emails and phone numbers replaced, as sent to a remote model. */
export function redactContext(context: ThreadContext): ThreadContext {
  const redactAuthored = <T extends { text: string }>(a: T | undefined): T | undefined =>
    a ? { ...a, text: redactPII(a.text) } : a;
  return {
    ...context,
    post: redactAuthored(context.post),
    comment: redactAuthored(context.comment),
    draft: redactPII(context.draft),
  };
}
