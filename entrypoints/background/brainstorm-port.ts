import { browser } from 'wxt/browser';
import { toUserError, UserFacingError, userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { buildBrainstormMessages } from '@/utils/llm/brainstorm-prompt';
import { randomNonce } from '@/utils/llm/prompt';
import {
  BRAINSTORM_PORT,
  BrainstormRequestSchema,
  type BrainstormEvent,
} from '@/utils/messaging/brainstorm-port';
import { redactPII } from '@/utils/safety/redact';
import { recordUsage } from '@/utils/storage/usage';
import { stripInvisible } from '@/utils/text/clean';
import { block, stopsRequests, unblock } from './breaker';
import { engineModel, enginePrice, streamWith } from './provider';
import { acceptPort } from './senders';
import { whoSpeaks } from './speaker';

/**
 * The side panel's chat: one answer at a time per port, streamed; Stop or closing the panel aborts it.
 * The side panel keeps the conversation (Dexie); this only answers.
 */
export function setUpBrainstormPort(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BRAINSTORM_PORT || !acceptPort(port, 'extension')) return;
    let current: AbortController | undefined;
    const post = (event: BrainstormEvent): void => {
      try {
        port.postMessage(event);
      } catch {
        current?.abort(); // the panel is gone
      }
    };

    port.onMessage.addListener(async (raw: unknown) => {
      const request = BrainstormRequestSchema.safeParse(raw);
      if (!request.success) {
        post({
          type: 'error',
          error: userError('invalid-message', t('errors.refused.title'), t('errors.refused.malformed')),
        });
        return;
      }
      current?.abort();
      if (request.data.type === 'stop') return;
      const { profileId, force } = request.data;
      const controller = new AbortController();
      current = controller;
      let endpoint: string | undefined;
      try {
        if (force) await unblock();
        const { engine, profile, privacy } = await whoSpeaks({ requestedId: profileId, force });
        post({ type: 'started', profileId: profile.id });
        if (engine.kind === 'none') {
          post({ type: 'error', error: engine.error, ...(engine.blocked ? { blocked: true } : {}) });
          return;
        }
        if (engine.kind === 'remote') endpoint = engine.endpoint;
        const redact = engine.kind === 'remote' && privacy.redactPII;
        // What the manager typed or pasted, or brought from a page by the context menu: no invisible
        // characters reach the model, and emails and phone numbers stay out of a remote model's view.
        const history = request.data.history.map((item) => {
          const content = stripInvisible(item.content);
          if (!item.pasted) return { ...item, content };
          const text = stripInvisible(item.pasted.text);
          return { ...item, content, pasted: { ...item.pasted, text: redact ? redactPII(text) : text } };
        });
        const messages = buildBrainstormMessages(profile, history, randomNonce());
        const outcome = await streamWith(engine, messages, controller.signal, (text) =>
          post({ type: 'delta', text }),
        );
        if (outcome.error) post({ type: 'error', error: outcome.error });
        post({ type: 'done', complete: outcome.complete, stopped: false });
        void recordUsage({
          profileId: profile.id,
          model: engineModel(engine),
          promptTokens: outcome.usage?.promptTokens,
          completionTokens: outcome.usage?.completionTokens,
          price: enginePrice(engine),
        }).catch(() => undefined);
      } catch (error) {
        if (controller.signal.aborted) return post({ type: 'done', complete: false, stopped: true });
        const mapped = toUserError(error);
        const stops =
          endpoint !== undefined &&
          stopsRequests(mapped, error instanceof UserFacingError && error.retriesRanOut);
        if (stops) await block(endpoint!, mapped).catch(() => undefined);
        post({ type: 'error', error: mapped, ...(stops ? { blocked: true } : {}) });
      }
    });
    port.onDisconnect.addListener(() => current?.abort());
  });
}
