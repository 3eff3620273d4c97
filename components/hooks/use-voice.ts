import { useCallback, useState } from 'react';
import { saveProfile } from '@/utils/brand/store';
import { toUserError, type UserError } from '@/utils/errors';
import { callAsExtension } from '@/utils/messaging/rpc';
import { getDb } from '@/utils/storage/db';
import { applyProposal } from '@/utils/voice/apply';
import type { Proposal, VoiceRead } from '@/utils/voice/schema';

export type Decision = 'accepted' | 'rejected';

export interface VoiceState {
  /** The brand's posts read from the tab (null: none there), undefined before reading. */
  read?: VoiceRead | null;
  /** The posts the manager leaves in (all, at first). */
  chosen: Set<string>;
  busy: 'reading' | 'learning' | null;
  proposals?: Proposal[];
  decisions: Record<string, Decision>;
  error?: UserError;
}

/**
 * "Learn our voice" in the side panel: read the tab's posts, learn from those chosen (one request, in
 * the background), then the manager's decision on each proposal. Only Accept writes, one proposal at a
 * time, into the profile as it is stored now; Reject writes nothing.
 */
export function useVoice(profileId: string) {
  const [state, setState] = useState<VoiceState>({ chosen: new Set(), busy: null, decisions: {} });

  const readPosts = useCallback(async (): Promise<void> => {
    setState((s) => ({ ...s, busy: 'reading', error: undefined, proposals: undefined, decisions: {} }));
    try {
      const { read } = await callAsExtension('voice.posts', {});
      setState((s) => ({ ...s, busy: null, read, chosen: new Set(read?.posts.map((p) => p.id)) }));
    } catch (error) {
      setState((s) => ({ ...s, busy: null, error: toUserError(error) }));
    }
  }, []);

  const toggle = useCallback((id: string): void => {
    setState((s) => {
      const chosen = new Set(s.chosen);
      if (!chosen.delete(id)) chosen.add(id);
      return { ...s, chosen };
    });
  }, []);

  const learn = useCallback(async (): Promise<void> => {
    const postIds = [...state.chosen];
    if (postIds.length === 0) return;
    setState((s) => ({ ...s, busy: 'learning', error: undefined, proposals: undefined, decisions: {} }));
    try {
      const result = await callAsExtension('voice.learn', { profileId, postIds });
      setState((s) => ({ ...s, busy: null, proposals: result.proposals }));
    } catch (error) {
      setState((s) => ({ ...s, busy: null, error: toUserError(error) }));
    }
  }, [profileId, state.chosen]);

  const decide = useCallback(
    async (proposal: Proposal, decision: Decision): Promise<void> => {
      try {
        if (decision === 'accepted') {
          const stored = await getDb().profiles.get(profileId);
          if (!stored) throw new Error('profile gone');
          await saveProfile(applyProposal(stored, proposal));
        }
        setState((s) => ({ ...s, decisions: { ...s.decisions, [proposal.id]: decision } }));
      } catch (error) {
        setState((s) => ({ ...s, error: toUserError(error) }));
      }
    },
    [profileId],
  );

  return { state, readPosts, toggle, learn, decide };
}
