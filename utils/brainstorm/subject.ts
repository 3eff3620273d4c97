import { storage } from 'wxt/utils/storage';

/** Text the manager selected on a page and sent to the side panel from the context menu. */
export interface BrainstormSubject {
  text: string;
  url: string;
  at: number;
}

/** Handed from the background to the side panel once, then cleared. In session storage: never on disk. */
export const subjectItem = storage.defineItem<BrainstormSubject | null>('session:brainstormSubject', {
  fallback: null,
});
