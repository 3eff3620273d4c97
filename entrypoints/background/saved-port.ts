import { liveQuery } from 'dexie';
import { userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import type { PortEvent, PortRequest } from '@/utils/messaging/suggest-port';
import { recordSavedUse, savedEntries } from '@/utils/saved/store';
import { getDb } from '@/utils/storage/db';
import type { GenerationHub } from './generation';
import type { Session } from './sessions';

/**
 * The saved replies over the panel's port (suggest-port.ts): the panel cannot open the database (its
 * storage is partitioned under the host site), so the background sends it every saved reply with its
 * use count, and again whenever one changes; and it runs "Adapt" as one more run of the GenerationHub.
 */
export function watchSaved(post: (event: PortEvent) => void): () => void {
  const subscription = liveQuery(() => savedEntries()).subscribe({
    next: (replies) => post({ type: 'saved', replies: replies.slice(0, 2000) }),
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

type SavedRequest = Extract<PortRequest, { type: 'adapt' | 'savedCopied' }>;

export const isSavedRequest = (request: PortRequest): request is SavedRequest =>
  request.type === 'adapt' || request.type === 'savedCopied';

export async function answerSaved(
  request: SavedRequest,
  session: Session,
  hub: GenerationHub,
  post: (event: PortEvent) => void,
): Promise<void> {
  if (request.type === 'savedCopied') return recordSavedUse(request.savedId);
  const saved = await getDb().savedReplies.get(request.savedId);
  if (!saved)
    return post({
      type: 'error',
      generation: 0,
      error: userError('bad-request', t('saved.gone.title'), t('saved.gone.detail')),
    });
  hub.start(session, {
    profileId: request.profileId,
    adapt: { savedId: saved.id, text: request.text, language: saved.language },
  });
}
