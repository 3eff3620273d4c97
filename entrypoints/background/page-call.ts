import type { ContentProtocol } from '@/utils/messaging/protocol';
import { callContent, callPlayground } from '@/utils/messaging/rpc';
import type { Payload, Result } from '@/utils/messaging/senders';
import type { Session } from './sessions';

/** Calls the page that holds a session's composer: its tab's content script (in its frame), or the playground. */
export const callPage = <K extends keyof ContentProtocol>(
  session: Session,
  type: K,
  payload: Payload<ContentProtocol, K>,
): Promise<Result<ContentProtocol, K>> =>
  session.via === 'playground'
    ? callPlayground(session.tabId, type, payload)
    : callContent(session.tabId, type, payload, session.frameId);
