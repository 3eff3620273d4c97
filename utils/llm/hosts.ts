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

/**
 * Whether an endpoint is on this computer or the local network: loopback, the private IPv4 ranges,
 * link-local and unique-local IPv6, `.local` (mDNS) and `.localhost` names. The one rule for three
 * decisions: plain http is accepted only there, no key is required there (Ollama, LM Studio, a team's
 * server on the LAN), and errors from there get the local server's hints.
 */
export function isLocalEndpoint(baseURL: string): boolean {
  let host: string;
  try {
    host = new URL(baseURL).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  const v4 = host.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 127 ||
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  if (host.startsWith('[') && host.endsWith(']')) {
    const v6 = host.slice(1, -1);
    return v6 === '::1' || /^f[cd][0-9a-f]{2}:/.test(v6) || /^fe[89ab][0-9a-f]:/.test(v6);
  }
  return false;
}

/** The origin an endpoint's key is bound to (`https://api.openai.com`), or '' for a malformed URL. */
export function endpointOrigin(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}

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
