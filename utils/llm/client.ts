import OpenAI from 'openai';

export interface ClientOptions {
  baseURL: string;
  /** May be empty for local servers that need none. */
  apiKey: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  timeout?: number;
}

/** The openai SDK client for a provider. Retries are ours (utils/llm/stream-chat.ts), not the SDK's. */
export function createClient({ baseURL, apiKey, headers, fetch, timeout }: ClientOptions): OpenAI {
  return new OpenAI({
    apiKey: apiKey || 'no-key',
    baseURL,
    dangerouslyAllowBrowser: true, // runs in the extension's background, never in a page
    maxRetries: 0,
    ...(timeout ? { timeout } : {}),
    ...(headers ? { defaultHeaders: headers } : {}),
    ...(fetch ? { fetch } : {}),
  });
}
