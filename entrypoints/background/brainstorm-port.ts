import { browser, type Browser } from 'wxt/browser';
import { pickProfile } from '@/utils/brand/pick-profile';
import { getDb } from '@/utils/storage/db';
import { toUserError, userError } from '@/utils/errors';
import { buildBrainstormMessages } from '@/utils/llm/brainstorm-prompt';
import { randomNonce } from '@/utils/llm/prompt';
import {
  BRAINSTORM_PORT,
  BrainstormRequestSchema,
  type BrainstormEvent,
} from '@/utils/messaging/brainstorm-port';
import { privacyItem } from '@/utils/storage/privacy';
import { redactPII } from '@/utils/safety/redact';
import { defaultProfileIdItem } from '@/utils/storage/settings';
import { recordUsage } from '@/utils/storage/usage';
import { resolveEngine, streamWith } from './provider';
import { classifySender } from './senders';
import { t } from '@/utils/i18n/i18n';

/**
 * The side panel's chat: one answer at a time per port, streamed; Stop or closing the panel aborts it.
 * The side panel keeps the conversation (Dexie); this only answers.
 */
export function setUpBrainstormPort(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== BRAINSTORM_PORT) return;
    if (!port.sender || !classifySender(port.sender).includes('extension')) {
      port.disconnect();
      return;
    }
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
      const controller = new AbortController();
      current = controller;
      try {
        const [engine, profiles, defaultId, privacy] = await Promise.all([
          resolveEngine(),
          getDb().profiles.toArray(),
          defaultProfileIdItem.getValue(),
          privacyItem.getValue(),
        ]);
        const profile = pickProfile(profiles, { requestedId: request.data.profileId, defaultId });
        post({ type: 'started', profileId: profile.id });
        if (engine.kind === 'none') {
          post({ type: 'error', error: engine.error });
          return;
        }
        const redact = engine.kind === 'remote' && privacy.redactPII;
        const history = request.data.history.map((item) =>
          redact && item.pasted
            ? { ...item, pasted: { ...item.pasted, text: redactPII(item.pasted.text) } }
            : item,
        );
        const messages = buildBrainstormMessages(profile, history, randomNonce());
        const outcome = await streamWith(engine, messages, controller.signal, (text) =>
          post({ type: 'delta', text }),
        );
        if (outcome.error) post({ type: 'error', error: outcome.error });
        post({ type: 'done', complete: outcome.complete, stopped: false });
        void recordUsage({
          profileId: profile.id,
          model: engine.kind === 'remote' ? engine.settings.model : 'on-device',
          promptTokens: outcome.usage?.promptTokens,
          completionTokens: outcome.usage?.completionTokens,
          price: engine.kind === 'remote' ? engine.settings.price : { input: 0, output: 0 },
        }).catch(() => undefined);
      } catch (error) {
        if (controller.signal.aborted) post({ type: 'done', complete: false, stopped: true });
        else post({ type: 'error', error: toUserError(error) });
      }
    });
    port.onDisconnect.addListener(() => current?.abort());
  });
}
