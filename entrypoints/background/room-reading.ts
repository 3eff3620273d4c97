import type { BrandProfile } from '@/utils/brand/profile';
import { createClient } from '@/utils/llm/client';
import { randomNonce } from '@/utils/llm/prompt';
import { abortError } from '@/utils/llm/stream-chat';
import { requestTriage } from '@/utils/llm/triage-request';
import { buildTriageMessages, UNKNOWN_TRIAGE, withLocalSignals, type Triage } from '@/utils/safety/triage';
import { recordUsage } from '@/utils/storage/usage';
import type { ThreadContext } from '@/utils/thread/context';
import { blockedFor } from './breaker';
import { enginePrice, type Engine } from './provider';

/** The local signals (crisis words, the brand's personal topics) need no model: shown straight away. */
export const localReading = (context: ThreadContext, profile: BrandProfile): Triage =>
  withLocalSignals(UNKNOWN_TRIAGE, context, profile);

/**
 * Reads the room beside the drafts: one small structured call (remote engines only, and not to an
 * endpoint that stopped taking requests), plus the local signals. Never fails: "unknown" instead.
 */
export async function readTheRoom(
  engine: Exclude<Engine, { kind: 'none' }>,
  context: ThreadContext,
  profile: BrandProfile,
  signal: AbortSignal,
): Promise<Triage> {
  if (engine.kind !== 'remote' || (await blockedFor(engine.endpoint))) return localReading(context, profile);
  const client = createClient({
    baseURL: engine.settings.baseURL,
    apiKey: engine.apiKey,
    headers: engine.headers,
  });
  const result = await requestTriage({
    client,
    model: engine.settings.model,
    messages: buildTriageMessages(context, randomNonce()),
    signal,
  });
  if (result.usage)
    void recordUsage({
      countsAsSuggestion: false,
      profileId: profile.id,
      model: engine.settings.model,
      promptTokens: result.usage.prompt,
      completionTokens: result.usage.completion,
      price: enginePrice(engine),
    }).catch(() => undefined);
  return withLocalSignals(result.triage, context, profile);
}

/**
 * A wait between attempts that the manager can cut short ("Try now"): `expose` receives the function
 * that ends it now. Stop (the signal) ends it with an AbortError.
 */
export const wakeableSleep =
  (expose: (wake: (() => void) | undefined) => void) =>
  (ms: number, signal: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        expose(undefined);
      };
      const onAbort = (): void => {
        finish();
        reject(abortError());
      };
      const timer = setTimeout(() => {
        finish();
        resolve();
      }, ms);
      expose(() => {
        finish();
        resolve();
      });
      signal.addEventListener('abort', onAbort, { once: true });
    });
