import { describe, expect, it } from 'vitest';
import { checkBaseURL, maskKey } from '@/utils/storage/settings';

describe('checkBaseURL', () => {
  it.each([
    ['https://api.openai.com/v1/', 'https://api.openai.com/v1'],
    ['  https://openrouter.ai/api/v1  ', 'https://openrouter.ai/api/v1'],
    ['http://localhost:11434/v1', 'http://localhost:11434/v1'],
    ['http://127.0.0.1:1234/v1', 'http://127.0.0.1:1234/v1'],
    ['http://192.168.1.20:11434/v1', 'http://192.168.1.20:11434/v1'],
  ])('accepts %s', (input, url) => {
    expect(checkBaseURL(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter the base URL/],
    ['api.openai.com', /not a web address/],
    ['ftp://x.example/v1', /must start with https/],
    ['http://api.example.com/v1', /Use https:\/\//],
    ['https://user:pass@api.example.com/v1', /API key field/],
  ])('refuses %j with a message saying what to do', (input, message) => {
    const result = checkBaseURL(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('maskKey', () => {
  it('never shows the whole key', () => {
    expect(maskKey('sk-live-abcdef123456')).toBe('sk-…3456');
    expect(maskKey('short')).toBe('••••');
    expect(maskKey('')).toBe('');
  });
});
