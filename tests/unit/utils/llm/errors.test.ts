import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { isRetryable, mapLlmError, retryAfterMs } from '@/utils/llm/errors';

const ctx = { baseURL: 'https://api.example.com/v1', model: 'gpt-x' };
const apiError = (status: number, body: object = {}, headers: Record<string, string> = {}) =>
  APIError.generate(status, { error: body }, undefined, new Headers(headers));

describe('mapLlmError', () => {
  it.each([
    [401, {}, 'auth', 'open-settings', /Paste a valid key/],
    [403, {}, 'forbidden', 'open-settings', /permissions/],
    [404, {}, 'model-not-found', 'open-settings', /Test connection/],
    [429, { code: 'rate_limit_exceeded' }, 'rate-limit', 'retry', /Wait a few seconds/],
    [
      429,
      { code: 'insufficient_quota', message: 'You exceeded your current quota' },
      'quota',
      'open-settings',
      /Add credit/,
    ],
    [500, {}, 'server', 'retry', /error 500/],
    [503, {}, 'server', 'retry', /Retry in a moment/],
    [400, { message: 'Unknown parameter' }, 'bad-request', 'open-settings', /Unknown parameter/],
  ])('HTTP %i %j → %s', (status, body, code, action, detail) => {
    const mapped = mapLlmError(apiError(status, body), ctx);
    expect(mapped.code).toBe(code);
    expect(mapped.action).toBe(action);
    expect(mapped.detail).toMatch(detail);
  });

  it('names the model that was not found', () => {
    expect(mapLlmError(apiError(404), ctx).title).toBe('Model “gpt-x” was not found');
  });

  it('explains Ollama’s origin rule when a local server answers 403', () => {
    expect(mapLlmError(apiError(403), { ...ctx, baseURL: 'http://localhost:11434/v1' }).detail).toContain(
      'OLLAMA_ORIGINS',
    );
  });

  it('says which host could not be reached', () => {
    const mapped = mapLlmError(new APIConnectionError({ message: 'fetch failed' }), ctx);
    expect(mapped).toMatchObject({ code: 'unreachable', title: 'Could not reach api.example.com' });
  });

  it('reports a malformed stream as an unreadable answer', () => {
    expect(mapLlmError(new SyntaxError('bad json'), ctx).code).toBe('bad-response');
  });
});

describe('retry policy', () => {
  it('retries rate limits, server errors and dropped connections, not auth, quota or missing models', () => {
    for (const status of [429, 500, 503]) expect(isRetryable(mapLlmError(apiError(status), ctx))).toBe(true);
    expect(isRetryable(mapLlmError(new APIConnectionError({ message: 'x' }), ctx))).toBe(true);
    for (const status of [401, 403, 404]) expect(isRetryable(mapLlmError(apiError(status), ctx))).toBe(false);
    expect(isRetryable(mapLlmError(apiError(429, { code: 'insufficient_quota' }), ctx))).toBe(false);
  });

  it('reads retry-after in seconds, as a date, and retry-after-ms', () => {
    expect(retryAfterMs(apiError(429, {}, { 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(apiError(429, {}, { 'retry-after-ms': '150' }))).toBe(150);
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryAfterMs(apiError(429, {}, { 'retry-after': 'Sun, 22 Nov 2026 10:00:03 GMT' }), now)).toBe(
      3000,
    );
    expect(retryAfterMs(apiError(429))).toBeUndefined();
  });
});
