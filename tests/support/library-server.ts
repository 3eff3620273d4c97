import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A team's library file, served on 127.0.0.1 for the tests (plain HTTP is allowed on this computer
 * only). It records every request, so a test can check that nothing was ever sent but a GET.
 */
export class LibraryServer {
  readonly requests: { method: string; path: string; body: string; cookie?: string }[] = [];
  body = '';
  status = 200;
  private server: Server;
  private origin = '';

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.requests.push({
          method: req.method ?? '',
          path: req.url ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
          cookie: req.headers.cookie,
        });
        // As a GitHub raw file is served: plain text, no CORS headers (the extension has the host's permission).
        res.writeHead(this.status, { 'content-type': 'text/plain; charset=utf-8' }).end(this.body);
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  get url(): string {
    return `${this.origin}/team/library.json`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
