import type OpenAI from 'openai';
import type { ChatMessage } from './prompt';

/** A structured call (background only): the triage beside the drafts, the queue's batch reading. */
export interface JsonRequest {
  client: OpenAI;
  model: string;
  messages: ChatMessage[];
  signal: AbortSignal;
  /** The JSON schema the answer must follow, by name (providers with structured outputs enforce it). */
  schema: { name: string; schema: Record<string, unknown> };
  maxTokens: number;
  timeoutMs?: number;
}

export interface JsonAnswer {
  /** The model's text (JSON, maybe wrapped in prose or a fence); '' when every attempt failed. */
  text: string;
  usage?: { prompt: number; completion: number };
  /** The last failure, when no attempt answered (the caller decides what to say). */
  error?: unknown;
}

/**
 * Asks with a JSON schema first, then plain JSON mode, then no format at all, as providers differ. Only a
 * refused format (400, 422) is worth another try. Never throws.
 */
export async function requestJson({
  client,
  model,
  messages,
  signal,
  schema,
  maxTokens,
  timeoutMs = 20_000,
}: JsonRequest): Promise<JsonAnswer> {
  const formats = [
    { type: 'json_schema', json_schema: { name: schema.name, strict: true, schema: schema.schema } },
    { type: 'json_object' },
    undefined,
  ] as const;
  let last: unknown;
  for (const format of formats) {
    try {
      const completion = await client.chat.completions.create(
        {
          model,
          messages,
          temperature: 0,
          max_tokens: maxTokens,
          ...(format ? { response_format: format as never } : {}),
        },
        { signal, timeout: timeoutMs, maxRetries: 0 },
      );
      const usage = completion.usage
        ? { prompt: completion.usage.prompt_tokens, completion: completion.usage.completion_tokens }
        : undefined;
      return { text: completion.choices[0]?.message?.content ?? '', usage };
    } catch (error) {
      last = error;
      if (signal.aborted) break;
      const status = (error as { status?: number }).status;
      if (status !== 400 && status !== 422) break;
    }
  }
  return { text: '', error: last };
}

/** The first JSON value in a model's answer (some wrap it in prose or a code fence), or undefined. */
export function firstJson(text: string): unknown {
  const start = text.search(/[{[]/);
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  if (start === -1 || end <= start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}
