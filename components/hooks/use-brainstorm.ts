import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import type { HistoryItem } from '@/utils/brainstorm/conversation';
import type { UserError } from '@/utils/errors';
import {
  BRAINSTORM_PORT,
  BrainstormEventSchema,
  type BrainstormRequest,
} from '@/utils/messaging/brainstorm-port';

export interface Answer {
  text: string;
  streaming: boolean;
  complete: boolean;
  stopped: boolean;
  error?: UserError;
}

/**
 * One streamed answer at a time from the background. `onFinish` gets the final text once the answer
 * ends (finished, stopped or cut), so the caller can save it.
 */
export function useBrainstorm(onFinish: (answer: Answer) => void) {
  const portRef = useRef<Browser.runtime.Port | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const finish = useRef(onFinish);
  useEffect(() => {
    finish.current = onFinish;
  });

  useEffect(() => {
    const port = browser.runtime.connect({ name: BRAINSTORM_PORT });
    portRef.current = port;
    let text = '';
    port.onMessage.addListener((raw: unknown) => {
      const event = BrainstormEventSchema.safeParse(raw);
      if (!event.success) return;
      const e = event.data;
      if (e.type === 'started') {
        text = '';
        setAnswer({ text, streaming: true, complete: false, stopped: false });
      } else if (e.type === 'delta') {
        text += e.text;
        setAnswer((a) => (a ? { ...a, text } : a));
      } else if (e.type === 'error') {
        setAnswer((a) => ({
          ...(a ?? { text, complete: false, stopped: false }),
          streaming: false,
          error: e.error,
        }));
      } else {
        const done: Answer = { text, streaming: false, complete: e.complete, stopped: e.stopped };
        setAnswer((a) => ({ ...done, error: a?.error }));
        finish.current(done);
      }
    });
    return () => {
      portRef.current = null;
      port.disconnect();
    };
  }, []);

  const send = useCallback((request: BrainstormRequest) => portRef.current?.postMessage(request), []);
  return {
    answer,
    ask: useCallback(
      (history: HistoryItem[], profileId?: string) => {
        setAnswer({ text: '', streaming: true, complete: false, stopped: false });
        send({ type: 'ask', history, ...(profileId ? { profileId } : {}) });
      },
      [send],
    ),
    stop: useCallback(() => send({ type: 'stop' }), [send]),
    clear: useCallback(() => setAnswer(null), []),
  };
}
