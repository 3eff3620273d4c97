import { useEffect } from 'react';
import { subjectItem, type BrainstormSubject as Subject } from '@/utils/brainstorm/subject';

/** Text sent from the context menu ("Brainstorm replies with…"): handed over once, then cleared. */
export function useSubject(onSubject: (subject: Subject) => void): void {
  useEffect(() => {
    const take = (subject: Subject | null): void => {
      if (!subject) return;
      void subjectItem.setValue(null);
      onSubject(subject);
    };
    void subjectItem.getValue().then(take);
    return subjectItem.watch(take);
  }, [onSubject]);
}
