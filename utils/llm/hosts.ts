/** Provider hosts and permissions: plain data, also read by wxt.config.ts when the manifest is built. */

/** The host permissions the manifest grants at install; anything else is asked for when saved. */
export const GRANTED_HOSTS = [
  'https://api.openai.com/*',
  'https://*.openai.azure.com/*',
  'https://openrouter.ai/*',
  'https://api.mistral.ai/*',
  'https://api.groq.com/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
] as const;

/** The match pattern to request for an endpoint (ports are not part of match patterns). */
export function originPattern(baseURL: string): string {
  const url = new URL(baseURL);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether an endpoint is covered by the install-time host permissions. */
export function isGrantedAtInstall(baseURL: string): boolean {
  const url = new URL(baseURL);
  return GRANTED_HOSTS.some((pattern) => {
    const [scheme, rest] = pattern.split('://') as [string, string];
    const host = rest.slice(0, rest.indexOf('/'));
    if (`${scheme}:` !== url.protocol) return false;
    return host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}

/** Azure's v1 endpoint also takes its key as `api-key`; other providers need no extra header. */
export function providerHeaders(baseURL: string, apiKey: string): Record<string, string> | undefined {
  try {
    return /\.openai\.azure\.com$/.test(new URL(baseURL).hostname) && apiKey
      ? { 'api-key': apiKey }
      : undefined;
  } catch {
    return undefined;
  }
}
