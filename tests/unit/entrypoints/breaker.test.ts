import { describe, expect, it } from 'vitest';
import { block, blockedFor, stopsRequests, unblock } from '@/entrypoints/background/breaker';
import { resolveEngine } from '@/entrypoints/background/provider';
import { userError } from '@/utils/errors';
import { providerItem, setKeyFor } from '@/utils/storage/settings';

const auth = userError('auth', 'The provider rejected the API key', 'Paste a valid key.');

describe('requests stop after an answer more requests cannot mend', () => {
  it('knows which answers those are', () => {
    for (const code of ['auth', 'forbidden', 'model-not-found', 'quota'] as const)
      expect(stopsRequests(userError(code, 't', 'd'), false)).toBe(true);
    for (const code of ['rate-limit', 'server', 'unreachable'] as const) {
      expect(stopsRequests(userError(code, 't', 'd'), false)).toBe(false); // another attempt may succeed
      expect(stopsRequests(userError(code, 't', 'd'), true)).toBe(true); // …not once retries ran out
    }
    expect(stopsRequests(userError('timeout', 't', 'd'), true)).toBe(false);
  });

  it('keeps the endpoint closed until the manager acts, then opens it', async () => {
    await providerItem.setValue({
      kind: 'openai-compatible',
      presetId: 'openai',
      baseURL: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      firstTokenTimeoutMs: 20000,
      totalTimeoutMs: 90000,
    });
    await setKeyFor('https://api.openai.com/v1', 'sk-123456789');
    expect((await resolveEngine()).kind).toBe('remote');
    await block('https://api.openai.com', auth);
    expect(await blockedFor('https://api.openai.com')).toMatchObject({ error: { code: 'auth' } });
    expect(await blockedFor('https://api.mistral.ai')).toBeUndefined(); // another endpoint is not affected
    expect(await resolveEngine()).toMatchObject({ kind: 'none', blocked: true, error: { code: 'auth' } });
    expect((await resolveEngine({ force: true })).kind).toBe('remote'); // "Try anyway"
    await unblock(); // saved settings, a test, or a forced request
    expect((await resolveEngine()).kind).toBe('remote');
  });
});
