import { describe, expect, it } from 'vitest';
import { endpointOrigin, isLocalEndpoint } from '@/utils/llm/hosts';
import { checkBaseURL } from '@/utils/storage/settings';
import { isConfigured } from '@/entrypoints/background/provider';
import { blankSettings } from './settings-fixture';

// One rule decides what counts as "local" (this computer or the local network): tested as a pure
// function only. Tests never send traffic to these addresses.
describe('isLocalEndpoint', () => {
  it.each([
    'http://localhost:11434/v1',
    'http://127.0.0.1:1234/v1',
    'http://127.8.9.10/v1',
    'http://[::1]:8080/v1',
    'http://10.0.0.5:11434/v1',
    'http://172.16.4.2/v1',
    'http://172.31.255.1/v1',
    'http://192.168.1.20:11434/v1',
    'http://169.254.10.1/v1',
    'http://studio.local:1234/v1',
    'http://ollama.localhost/v1',
    'https://192.168.1.20/v1',
    'http://[fd12:3456::1]/v1',
    'http://[fe80::1]/v1',
  ])('%s is local', (url) => expect(isLocalEndpoint(url)).toBe(true));

  it.each([
    'https://api.openai.com/v1',
    'http://172.15.0.1/v1',
    'http://172.32.0.1/v1',
    'http://192.169.1.1/v1',
    'http://11.0.0.1/v1',
    'http://localhost.evil.com/v1',
    'http://local.example.com/v1',
    'http://[2001:db8::1]/v1',
    'not a url',
  ])('%s is not local', (url) => expect(isLocalEndpoint(url)).toBe(false));

  it('is the rule validation, the key requirement and the error messages all follow', () => {
    // A keyless server on the local network: accepted, and then really used (it was not before).
    expect(checkBaseURL('http://192.168.1.20:11434/v1')).toEqual({
      ok: true,
      url: 'http://192.168.1.20:11434/v1',
    });
    expect(isConfigured({ settings: blankSettings('http://192.168.1.20:11434/v1'), apiKey: '' })).toBe(true);
    expect(checkBaseURL('http://api.example.com/v1')).toMatchObject({ ok: false });
    expect(isConfigured({ settings: blankSettings('https://api.example.com/v1'), apiKey: '' })).toBe(false);
  });
});

describe('endpointOrigin', () => {
  it('is what a key is bound to: scheme, host and port', () => {
    expect(endpointOrigin('https://api.openai.com/v1')).toBe('https://api.openai.com');
    expect(endpointOrigin('http://127.0.0.1:11434/v1')).toBe('http://127.0.0.1:11434');
    expect(endpointOrigin('http://127.0.0.1:1234/v1')).not.toBe(endpointOrigin('http://127.0.0.1:11434/v1'));
    expect(endpointOrigin('ftp://x')).toBe('');
    expect(endpointOrigin('nope')).toBe('');
  });
});
