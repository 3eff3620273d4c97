import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { estimateCost, priceOf } from '@/utils/llm/prices';
import {
  isGrantedAtInstall,
  originPattern,
  presetFor,
  presetHint,
  PRESETS,
  providerHeaders,
} from '@/utils/llm/presets';
import { privacyItem } from '@/utils/storage/privacy';
import {
  defaultProfileIdItem,
  keyFor,
  migrateProviderV1,
  moveLegacySettings,
  readProviderSettings,
} from '@/utils/storage/settings';
import { getDb } from '@/utils/storage/db';
import { recordUsage } from '@/utils/storage/usage';

describe('presets', () => {
  it('cover the providers managers use, each with a hint for the key and the model', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      'openai',
      'azure',
      'openrouter',
      'mistral',
      'groq',
      'ollama',
      'lmstudio',
      'custom',
    ]);
    for (const preset of PRESETS) {
      expect(presetHint(preset, 'key')).toBeTruthy();
      expect(presetHint(preset, 'model')).toBeTruthy();
    }
    expect(
      presetHint(
        PRESETS.find((p) => p.id === 'ollama')!,
        'key',
      ),
    ).toContain('OLLAMA_ORIGINS');
  });

  it('recognize a saved base URL’s provider', () => {
    expect(presetFor('https://api.groq.com/openai/v1').id).toBe('groq');
    expect(presetFor('https://contoso.openai.azure.com/openai/v1').id).toBe('azure');
    expect(presetFor('https://llm.example.com/v1').id).toBe('custom');
  });

  it('know which endpoints need a host permission, and ask for the origin only', () => {
    expect(isGrantedAtInstall('https://api.openai.com/v1')).toBe(true);
    expect(isGrantedAtInstall('https://contoso.openai.azure.com/openai/v1')).toBe(true);
    expect(isGrantedAtInstall('http://localhost:11434/v1')).toBe(true);
    expect(isGrantedAtInstall('https://llm.example.com/v1')).toBe(false);
    expect(isGrantedAtInstall('http://api.openai.com/v1')).toBe(false);
    expect(originPattern('https://llm.example.com:8443/v1/')).toBe('https://llm.example.com/*');
  });

  it('send Azure its key as api-key too', () => {
    expect(providerHeaders('https://contoso.openai.azure.com/openai/v1', 'k')).toEqual({ 'api-key': 'k' });
    expect(providerHeaders('https://api.openai.com/v1', 'k')).toBeUndefined();
  });
});

describe('provider settings migration', () => {
  it('version 1 → 2 keeps the endpoint, model and timeouts, and adds the kind and preset', async () => {
    await fakeBrowser.storage.local.set({
      provider: {
        baseURL: 'https://api.mistral.ai/v1',
        model: 'mistral-small-latest',
        firstTokenTimeoutMs: 15000,
        totalTimeoutMs: 60000,
      },
    });
    expect(await moveLegacySettings()).toBe(true);
    expect(await readProviderSettings()).toEqual({
      kind: 'openai-compatible',
      presetId: 'mistral',
      baseURL: 'https://api.mistral.ai/v1',
      model: 'mistral-small-latest',
      firstTokenTimeoutMs: 15000,
      totalTimeoutMs: 60000,
    });
  });

  it('moves everything out of storage.local, where content scripts can read it, keeping the key', async () => {
    // What version 0.1 kept in storage.local: on Firefox, and on Chrome before 133, a content script can
    // read and rewrite all of it.
    await fakeBrowser.storage.local.set({
      provider: {
        kind: 'openai-compatible',
        presetId: 'openai',
        baseURL: 'https://api.openai.com/v1',
        model: 'gpt-4o-mini',
        firstTokenTimeoutMs: 20000,
        totalTimeoutMs: 90000,
      },
      provider$: { v: 2 },
      apiKey: 'sk-old-key-12345678',
      defaultProfileId: 'profile-1',
      privacy: { redactPII: false },
      privacy$: { v: 1 },
      uiLanguage: 'fr',
    });
    await moveLegacySettings();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ uiLanguage: 'fr' });
    // The key is kept, bound to the endpoint it was used with, and to no other.
    expect(await keyFor('https://api.openai.com/v1')).toBe('sk-old-key-12345678');
    expect(await keyFor('https://api.mistral.ai/v1')).toBe('');
    expect((await readProviderSettings()).model).toBe('gpt-4o-mini');
    expect(await defaultProfileIdItem.getValue()).toBe('profile-1');
    expect(await privacyItem.getValue()).toEqual({ redactPII: false });
    // Run again (the next start): nothing to move, nothing lost.
    expect(await moveLegacySettings()).toBe(false);
    expect(await keyFor('https://api.openai.com/v1')).toBe('sk-old-key-12345678');
  });

  it('an empty version-1 record gets the defaults', () => {
    expect(migrateProviderV1({ baseURL: '', model: '' })).toMatchObject({
      kind: 'openai-compatible',
      presetId: 'openai',
    });
  });
});

describe('usage meter', () => {
  it('estimates cost from known prices, or the manager’s own', () => {
    expect(estimateCost(1_000_000, 1_000_000, priceOf('gpt-4o-mini-2024-07-18'))).toBeCloseTo(0.75);
    expect(priceOf('my-local-model')).toBeUndefined();
    expect(estimateCost(1000, 1000, priceOf('my-local-model', { input: 1, output: 2 }))).toBeCloseTo(0.003);
  });

  it('adds requests up per day, profile and model', async () => {
    await getDb().usage.clear();
    const now = new Date('2026-11-22T10:00:00');
    await recordUsage({
      profileId: 'p1',
      model: 'gpt-4o-mini',
      promptTokens: 800,
      completionTokens: 100,
      now,
    });
    await recordUsage({
      profileId: 'p1',
      model: 'gpt-4o-mini',
      promptTokens: 900,
      completionTokens: 120,
      now,
    });
    await recordUsage({ profileId: 'p1', model: 'llama-local', promptTokens: 10, completionTokens: 10, now });
    const row = await getDb().usage.get('2026-11-22|p1|gpt-4o-mini');
    expect(row).toMatchObject({ requests: 2, promptTokens: 1700, completionTokens: 220 });
    expect(row!.costUsd).toBeCloseTo((1700 * 0.15 + 220 * 0.6) / 1e6);
    expect((await getDb().usage.get('2026-11-22|p1|llama-local'))!.costUsd).toBeUndefined();
    // A side call (the triage) adds its tokens but is not another suggestion.
    await recordUsage({
      countsAsSuggestion: false,
      profileId: 'p1',
      model: 'gpt-4o-mini',
      promptTokens: 150,
      completionTokens: 30,
      now,
    });
    expect(await getDb().usage.get('2026-11-22|p1|gpt-4o-mini')).toMatchObject({
      requests: 2,
      promptTokens: 1850,
    });
  });
});
