import type { ThreadRead } from '@/utils/queue/thread';
import type { Surface } from '@/utils/thread/context';
import { LINKEDIN_2026_SELECTORS } from './linkedin-2026';
import { LINKEDIN_CLASSIC_SELECTORS } from './linkedin-classic';
import { linkedInCommentElement, readLinkedInThread } from './linkedin-thread';
import type { PlatformAdapter } from './types';
import { X_SELECTORS } from './x';
import { readXThread, xCommentElement } from './x-thread';

/** Any comment or reply on the surfaces that read threads (which one a click was in). */
export const COMMENT_SELECTOR = [
  X_SELECTORS.tweet,
  LINKEDIN_CLASSIC_SELECTORS.comment,
  LINKEDIN_2026_SELECTORS.commentRow,
].join(', ');

/** The comment queue's readers, per surface: the thread a post page shows, and one comment's element. */
interface ThreadReader {
  read(doc: Document): ThreadRead | null;
  element(doc: Document, id: string): Element | null;
}

const READERS: Partial<Record<Surface, ThreadReader>> = {
  x: { read: readXThread, element: xCommentElement },
  'linkedin-classic': {
    read: (doc) => readLinkedInThread(doc, 'linkedin-classic'),
    element: (doc, id) => linkedInCommentElement(doc, 'linkedin-classic', id),
  },
  'linkedin-2026': {
    read: (doc) => readLinkedInThread(doc, 'linkedin-2026'),
    element: (doc, id) => linkedInCommentElement(doc, 'linkedin-2026', id),
  },
};

/** The thread of this page, read by the first surface of `adapters` that finds one. */
export function readThread(doc: Document, adapters: readonly PlatformAdapter[]): ThreadRead | null {
  for (const adapter of adapters) {
    const read = READERS[adapter.surface]?.read(doc);
    if (read) return read;
  }
  return null;
}

export function commentElement(
  doc: Document,
  adapters: readonly PlatformAdapter[],
  id: string,
): Element | null {
  for (const adapter of adapters) {
    const found = READERS[adapter.surface]?.element(doc, id);
    if (found) return found;
  }
  return null;
}

/** Whether any of the adapters reads threads (the generic mode does not). */
export const readsThreads = (adapters: readonly PlatformAdapter[]): boolean =>
  adapters.some((adapter) => READERS[adapter.surface] !== undefined);
