import { useCallback } from 'react';
import { toUserError, type UserError } from '@/utils/errors';
import { callAsPanel } from '@/utils/messaging/rpc';
import { UserFacingError } from '@/utils/errors';

export type InsertFeedback = { ok: true } | { ok: false; error: UserError; copied: boolean };

/** Copies text; the panel frame is allowed clipboard-write, and the click gave it user activation. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** What the panel asks of the background: insert, close, open settings. */
export function usePanelActions(sessionId: string) {
  const insert = useCallback(
    async (text: string, about: { profileId?: string; edited: boolean }): Promise<InsertFeedback> => {
      try {
        const result = await callAsPanel('panel.insert', { sessionId, text, ...about });
        if (result.ok) return { ok: true };
        return { ok: false, error: result.error, copied: await copyText(text) };
      } catch (error) {
        const mapped = error instanceof UserFacingError ? error.userError : toUserError(error);
        return { ok: false, error: mapped, copied: await copyText(text) };
      }
    },
    [sessionId],
  );
  const close = useCallback(async () => {
    try {
      await callAsPanel('panel.close', { sessionId });
    } catch {
      // Nothing to close on the page side any more.
    }
  }, [sessionId]);
  const openSettings = useCallback(() => {
    void callAsPanel('options.open', {}).catch(() => undefined);
  }, []);
  return { insert, close, openSettings };
}
