import type OpenAI from 'openai';
import { FLAGS, parseTriage, type Triage } from '@/utils/safety/triage';
import { requestJson } from './json-request';
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
};

export interface TriageRequest {
  client: OpenAI;
  model: string;
  messages: ChatMessage[];
  signal: AbortSignal;
}

/** One comment's reading; never throws: a failure reads as "unknown". */
export async function requestTriage(
  request: TriageRequest,
): Promise<{ triage: Triage; usage?: { prompt: number; completion: number } }> {
  const { text, usage } = await requestJson({
    ...request,
    schema: { name: 'triage', schema: JSON_SCHEMA },
    maxTokens: 120,
  });
  return { triage: parseTriage(text), usage };
}
