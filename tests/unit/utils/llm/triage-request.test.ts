import { describe, expect, it, vi } from 'vitest';
import { createClient } from '@/utils/llm/client';
import { requestTriage } from '@/utils/llm/triage-request';

const completion = (content: string) =>
  new Response(
    JSON.stringify({
      id: 'c',
      object: 'chat.completion',
      created: 0,
      model: 'm',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    }),
    {
      status: 200,
      headers: { 'content-type': 'application/json' },
    },
  );
const refused = () =>
  new Response(JSON.stringify({ error: { message: 'response_format not supported' } }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  });

function run(fetchImpl: (url: unknown, init?: RequestInit) => Promise<Response>) {
  const client = createClient({
    baseURL: 'https://api.example.com/v1',
    apiKey: 'k',
    fetch: fetchImpl as typeof fetch,
  });
  return requestTriage({
    client,
    model: 'm',
    messages: [{ role: 'user', content: 'x' }],
    signal: new AbortController().signal,
  });
}

describe('requestTriage', () => {
  it('asks with a JSON schema first', async () => {
    const fetchImpl = vi.fn(async () =>
      completion('{"sentiment":"positive","intent":"praise","flags":[],"language":"en"}'),
    );
    const { triage } = await run(fetchImpl);
    expect(triage).toMatchObject({ sentiment: 'positive', intent: 'praise' });
    expect(String((fetchImpl.mock.calls[0] as unknown as [unknown, RequestInit])[1].body)).toContain(
      '"json_schema"',
    );
  });

  it('falls back to JSON mode, then to no format, when a provider refuses', async () => {
    const bodies: string[] = [];
    const fetchImpl = vi.fn(async (_url: unknown, init?: RequestInit) => {
      bodies.push(String(init?.body));
      return bodies.length < 3
        ? refused()
        : completion(
            'Here: {"sentiment":"negative","intent":"complaint","flags":["sarcasm"],"language":"fr"}',
          );
    });
    const { triage } = await run(fetchImpl);
    expect(triage).toMatchObject({ sentiment: 'negative', flags: ['sarcasm'], language: 'fr' });
    expect(bodies[1]).toContain('"json_object"');
    expect(bodies[2]).not.toContain('response_format');
  });

  it('reads as unknown when the provider fails or answers in prose, and never throws', async () => {
    expect((await run(async () => completion('It is probably fine.'))).triage.sentiment).toBe('unknown');
    expect((await run(async () => new Response('oops', { status: 500 }))).triage.intent).toBe('unknown');
  });
});
