import type OpenAI from 'openai';
import type { UserError } from '@/utils/errors';
import { createClient } from '@/utils/llm/client';
import { mapLlmError } from '@/utils/llm/errors';
import { requestJson, type JsonAnswer, type JsonRequest } from '@/utils/llm/json-request';
import { recordUsage } from '@/utils/storage/usage';
import { enginePrice, type Engine } from './provider';

type Remote = Extract<Engine, { kind: 'remote' }>;

/** A client for the remote endpoint the engine names, with its key and headers. */
export const clientFor = (engine: Remote): OpenAI =>
  createClient({ baseURL: engine.settings.baseURL, apiKey: engine.apiKey, headers: engine.headers });

/**
 * One structured call for a profile (the comment queue's reading, voice learning): asked of the engine's
 * model, its tokens counted in the usage meter (not as a suggestion), and any failure said in the
 * manager's words.
 */
export async function askJson(
  engine: Remote,
  profileId: string,
  request: Omit<JsonRequest, 'model' | 'client'> & { client?: OpenAI },
): Promise<JsonAnswer & { failure?: UserError }> {
  const { model, baseURL } = engine.settings;
  const answer = await requestJson({ ...request, client: request.client ?? clientFor(engine), model });
  if (answer.usage)
    await recordUsage({
      countsAsSuggestion: false,
      profileId,
      model,
      promptTokens: answer.usage.prompt,
      completionTokens: answer.usage.completion,
      price: enginePrice(engine),
    }).catch(() => undefined);
  return answer.error === undefined
    ? answer
    : { ...answer, failure: mapLlmError(answer.error, { baseURL, model }) };
}
