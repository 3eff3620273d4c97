import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Loads a saved page fixture (tests/fixtures/html) into the test document, at a given URL. */
export function loadPage(name: string, url: string): void {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/html', `${name}.html`), 'utf8');
  window.happyDOM?.setURL(url);
  document.body.innerHTML = html;
}

declare global {
  interface Window {
    happyDOM?: { setURL(url: string): void };
  }
}
