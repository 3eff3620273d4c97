import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '@/utils/errors';
import { streamChat, type ChatRequest } from '@/utils/llm/stream-chat';

const sse = (deltas: string[], { finish = true, cutAfter }: { finish?: boolean; cutAfter?: number } = {}) => {
  const encoder = new TextEncoder();
  const events = deltas.map(
    (content) =>
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`,
  );
  if (finish)
    events.push(`data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
  events.push('data: [DONE]\n\n');
  let i = 0;
  // One event per read, so a cut happens after the reader has seen the earlier ones.
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (cutAfter !== undefined && i === cutAfter) return controller.error(new TypeError('terminated'));
      if (i >= events.length) return controller.close();
      controller.enqueue(encoder.encode(events[i++]!));
    },
  });
};
const ok = (deltas: string[], options?: Parameters<typeof sse>[1]) =>
  new Response(sse(deltas, options), { status: 200, headers: { 'content-type': 'text/event-stream' } });
const fail = (status: number, body: object = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: body }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

function request(
  fetchImpl: (url: unknown, init?: RequestInit) => Promise<Response>,
  extra: Partial<ChatRequest> = {},
) {
  const text: string[] = [];
  const sleep = vi.fn((_ms: number, _signal: AbortSignal) => Promise.resolve());
  const req: ChatRequest = {
    baseURL: 'https://api.example.com/v1',
    apiKey: 'sk-test',
    model: 'm',
    messages: [{ role: 'user', content: 'hi' }],
    signal: new AbortController().signal,
    firstTokenTimeoutMs: 2000,
    totalTimeoutMs: 5000,
    onText: (delta) => text.push(delta),
    fetch: fetchImpl as typeof fetch,
    sleep,
    ...extra,
  };
  return { req, text, sleep };
}

describe('streamChat', () => {
  it('streams text as it arrives and reports completion', async () => {
    const { req, text } = request(() => Promise.resolve(ok(['Hel', 'lo ', '👋'])));
    await expect(streamChat(req)).resolves.toMatchObject({ complete: true, attempts: 1 });
    expect(text).toEqual(['Hel', 'lo ', '👋']);
  });

  it('sends the key only as the Authorization header of the configured endpoint', async () => {
    const fetchImpl = vi.fn((..._args: unknown[]) => Promise.resolve(ok(['x'])));
    const { req } = request(fetchImpl);
    await streamChat(req);
    const [url, init] = fetchImpl.mock.calls[0]! as [string, RequestInit];
    expect(url).toBe('https://api.example.com/v1/chat/completions');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer sk-test');
    expect(String(init.body)).not.toContain('sk-test');
  });

  it('retries a 503 with backoff, then succeeds', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(fail(503))
      .mockResolvedValueOnce(ok(['fine']));
    const { req, text, sleep } = request(fetchImpl);
    await expect(streamChat(req)).resolves.toMatchObject({ complete: true, attempts: 2 });
    expect(text).toEqual(['fine']);
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it('honours retry-after on a 429', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(fail(429, {}, { 'retry-after': '3' }))
      .mockResolvedValueOnce(ok(['ok']));
    const { req, sleep } = request(fetchImpl);
    await streamChat(req);
    expect(sleep.mock.calls[0]![0]).toBe(3000);
  });

  it('gives up after three attempts of 500 with the server-error message', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(fail(500)));
    const { req } = request(fetchImpl);
    await expect(streamChat(req)).rejects.toMatchObject({ userError: { code: 'server' } });
    expect(fetchImpl).toHaveBeenCalledTimes(3);
  });

  it.each([
    [401, {}, 'auth'],
    [403, {}, 'forbidden'],
    [404, {}, 'model-not-found'],
    [429, { code: 'insufficient_quota' }, 'quota'],
  ])('does not retry %i %j', async (status, body, code) => {
    const fetchImpl = vi.fn(() => Promise.resolve(fail(status, body)));
    const { req } = request(fetchImpl);
    await expect(streamChat(req)).rejects.toMatchObject({ userError: { code } });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('does not wait for an absurd retry-after: it tells the manager instead, saying how long', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(fail(429, {}, { 'retry-after': '120' })));
    const { req } = request(fetchImpl);
    const error = await streamChat(req).catch((e: unknown) => e);
    expect(error).toMatchObject({
      userError: { code: 'rate-limit', detail: expect.stringContaining('120 s') },
    });
    expect((error as UserFacingError).retriesRanOut).toBe(true);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('says at once that it waits, and how long, before the wait starts', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(fail(429, {}, { 'retry-after': '20' }))
      .mockResolvedValueOnce(ok(['ok']));
    const order: string[] = [];
    const { req } = request(fetchImpl, {
      onRetryWait: ({ error, waitMs, attempt }) => order.push(`wait ${error.code} ${waitMs} ${attempt}`),
      sleep: async (ms) => void order.push(`sleep ${ms}`),
    });
    await streamChat(req);
    expect(order).toEqual(['wait rate-limit 20000 2', 'sleep 20000']);
  });

  it('marks an error after the last retry as having run out of retries (no more requests follow)', async () => {
    const error = await streamChat(request(() => Promise.resolve(fail(500))).req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).retriesRanOut).toBe(true);
    const auth = await streamChat(request(() => Promise.resolve(fail(401))).req).catch((e: unknown) => e);
    expect((auth as UserFacingError).retriesRanOut).toBe(false);
  });

  it('times out when no first token arrives', async () => {
    const hang = (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const { req } = request(hang, { firstTokenTimeoutMs: 50 });
    const error = await streamChat(req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).userError).toMatchObject({
      code: 'timeout',
      title: 'The model did not start answering',
    });
  });

  it('rejects with an AbortError when stopped, and aborts the request', async () => {
    const controller = new AbortController();
    let aborted = false;
    const hang = (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        }),
      );
    let started!: () => void;
    const fetched = new Promise<void>((resolve) => (started = resolve));
    const { req } = request((url, init) => (started(), hang(url, init as RequestInit)), {
      signal: controller.signal,
    });
    const pending = streamChat(req);
    await fetched;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(aborted).toBe(true);
  });

  it('keeps the text of a stream cut midway, marked incomplete, without retrying', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(ok(['one ', 'two ', 'three'], { cutAfter: 2 })));
    const { req, text } = request(fetchImpl);
    const outcome = await streamChat(req);
    expect(outcome).toMatchObject({ complete: false, error: { title: 'The answer was cut off' } });
    expect(text.join('')).toBe('one two ');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('marks an answer incomplete when the stream ends without the model finishing', async () => {
    const { req } = request(() => Promise.resolve(ok(['partial'], { finish: false })));
    await expect(streamChat(req)).resolves.toMatchObject({ complete: false });
  });

  it('asks for usage, and asks again without it when an endpoint refuses the option', async () => {
    const bodies: string[] = [];
    const fetchImpl = vi.fn(async (_url: unknown, init?: RequestInit) => {
      bodies.push(String(init?.body));
      return bodies.length === 1
        ? fail(400, { message: 'Unrecognized request argument supplied: stream_options' })
        : ok(['ok']);
    });
    const { req } = request(fetchImpl, { baseURL: 'https://old-server.example/v1' });
    await expect(streamChat(req)).resolves.toMatchObject({ complete: true });
    expect(bodies[0]).toContain('"include_usage":true');
    expect(bodies[1]).not.toContain('stream_options');
  });
});
