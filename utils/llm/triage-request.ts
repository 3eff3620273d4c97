import type OpenAI from 'openai';
import { FLAGS, parseTriage, UNKNOWN_TRIAGE, type Triage } from '@/utils/safety/triage';
import type { ChatMessage } from './prompt';

/** The triage call (background only; the schema and parsing live in utils/safety/triage.ts). */
const JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['sentiment', 'intent', 'flags', 'language'],
  properties: {
    sentiment: { type: 'string', enum: ['positive', 'neutral', 'negative'] },
    intent: { type: 'string', enum: ['question', 'praise', 'complaint', 'feedback', 'spam', 'other'] },
    flags: { type: 'array', items: { type: 'string', enum: [...FLAGS] } },
    language: { type: 'string' },
  },
} as const;

export interface TriageRequest {
  client: OpenAI;
  model: string;
  messages: ChatMessage[];
  signal: AbortSignal;
}

/**
 * Asks with a JSON schema first, then plain JSON mode, then no format at all, as providers differ.
 * Never throws: a failure reads as "unknown".
 */
export async function requestTriage({
  client,
  model,
  messages,
  signal,
}: TriageRequest): Promise<{ triage: Triage; usage?: { prompt: number; completion: number } }> {
  const formats = [
    { type: 'json_schema', json_schema: { name: 'triage', strict: true, schema: JSON_SCHEMA } },
    { type: 'json_object' },
    undefined,
  ] as const;
  for (const format of formats) {
    try {
      const completion = await client.chat.completions.create(
        {
          model,
          messages,
          temperature: 0,
          max_tokens: 120,
          ...(format ? { response_format: format as never } : {}),
        },
        { signal, timeout: 20_000, maxRetries: 0 },
      );
      const usage = completion.usage
        ? { prompt: completion.usage.prompt_tokens, completion: completion.usage.completion_tokens }
        : undefined;
      return { triage: parseTriage(completion.choices[0]?.message?.content ?? ''), usage };
    } catch (error) {
      if (signal.aborted) break;
      const status = (error as { status?: number }).status;
      if (status !== 400 && status !== 422) break; // only a refused format is worth another try
    }
  }
  return { triage: UNKNOWN_TRIAGE };
}
