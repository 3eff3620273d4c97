import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureHtml, type FixtureName } from '../../support/pages';

const DIST = fileURLToPath(new URL('../../fixtures/dist/', import.meta.url));

/** The sites the extension's manifest matches, served here from the fixture pages. */
export const SITE_HOSTS = ['x.com', 'twitter.com', 'www.linkedin.com'] as const;

/** A throwaway certificate for the three sites, made with the openssl CLI (Firefox is told to accept it). */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'reply-copilot-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=x.com',
        '-addext',
        `subjectAltName=${SITE_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Which fixture page a URL of the sites gets, as tests/support/pages.ts routes them for Chromium. */
function fixtureFor(url: URL): FixtureName {
  if (url.hostname !== 'www.linkedin.com') return 'x';
  return url.searchParams.get('surface') === '2026' ? 'linkedin-2026' : 'linkedin-classic';
}

async function serveFixture(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'x.com'}`);
  if (url.pathname.startsWith('/__fixtures__/')) {
    const file = url.pathname.slice('/__fixtures__/'.length).replace(/[^\w.-]/g, '');
    const body = await readFile(DIST + file).catch(() => null);
    if (!body) return void res.writeHead(404).end('missing fixture file');
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    return void res.writeHead(200, { 'content-type': type }).end(body);
  }
  if (url.pathname === '/favicon.ico') return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixtureHtml(fixtureFor(url)));
}

/**
 * The fixture sites under their real https origins, without touching port 443 or the system's DNS:
 * Firefox is given this server as its only proxy (HTTP and HTTPS). A CONNECT to one of the three sites
 * is answered here, TLS included, with a self-signed certificate; every other destination Firefox tries
 * (its own background services, a mistake in a test) is refused and recorded. Loopback is never proxied,
 * so the fake model server on 127.0.0.1 is reached directly. Nothing can leave the machine.
 */
export class FixtureSites {
  /** Destinations the proxy refused, e.g. "detectportal.firefox.com:80". */
  readonly refused: string[] = [];
  private readonly tls = createHttpsServer(makeCertificate(), (req, res) => void serveFixture(req, res));
  private readonly proxy = createHttpServer((req, res) => {
    // A plain-HTTP request through the proxy: nothing is served over http.
    this.refused.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  private readonly sockets = new Set<Socket>();
  port = 0;

  async start(): Promise<void> {
    this.proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      const target = req.url ?? '';
      const [host, port] = target.split(':');
      if (port !== '443' || !(SITE_HOSTS as readonly string[]).includes(host ?? '')) {
        this.refused.push(target);
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) socket.unshift(head);
      this.tls.emit('connection', socket);
    });
    await new Promise<void>((resolve) => this.proxy.listen(0, '127.0.0.1', resolve));
    this.port = (this.proxy.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.tls.close();
    await new Promise<void>((resolve) => this.proxy.close(() => resolve()));
  }

  /** Firefox preferences that send all its traffic, but loopback's, to this proxy and nowhere else. */
  prefs(): Record<string, unknown> {
    return {
      'network.proxy.type': 1, // manual
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': this.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': this.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      // 127.0.0.1 and localhost (the fake model, the BiDi connection) go direct, never to the proxy.
      'network.proxy.allow_hijacking_localhost': false,
      // If the proxy is unreachable, fail: never fall back to a direct connection.
      'network.proxy.failover_direct': false,
      // No DNS over HTTPS, no prefetching: names of other hosts are never looked up.
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.predictor.enabled': false,
    };
  }
}
