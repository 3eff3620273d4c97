import { redactPII } from '@/utils/safety/redact';
import { dbItem } from './db-item';
import type { ThreadContext } from '@/utils/thread/context';

/** Privacy choices. Redaction is on by default; it only applies to remote providers (on-device stays local). */
export interface PrivacySettings {
  redactPII: boolean;
}

/** In the extension's database: a content script must not be able to turn redaction off. */
export const privacyItem = dbItem<PrivacySettings>('privacy', { redactPII: true }, (value) =>
  typeof (value as Partial<PrivacySettings> | null)?.redactPII === 'boolean'
    ? { redactPII: (value as PrivacySettings).redactPII }
    : undefined,
);

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
