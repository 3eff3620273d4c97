#!/usr/bin/env node
// `npm start`: install if needed, build, and open Chromium with the extension loaded.
// Where there is no display (a server, CI), it says where the build is and how to load it by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { platform } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const build = resolve(root, '.output/chrome-mv3');
const npm = platform() === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: platform() === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const installed = resolve(root, 'node_modules/.package-lock.json');
const lock = resolve(root, 'package-lock.json');
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  console.log('\n▶ Installing dependencies (first run)…');
  run(['ci']);
}
console.log('\n▶ Building the extension…');
run(['run', 'build']);

const howToLoad = `
The extension is built in:
  ${build}

To load it in Chrome, Chromium, Edge or Brave:
  1. open chrome://extensions
  2. switch on "Developer mode" (top right)
  3. click "Load unpacked" and choose the folder above.
For Firefox: run "npm run build:firefox", then open about:debugging → This Firefox →
"Load Temporary Add-on…" and pick .output/firefox-mv3/manifest.json.
The extension then opens its welcome guide: connect a model, make a brand profile, and try it on the
playground. Then open LinkedIn or X and click "Suggest reply" beside a comment box.`;

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
].filter(Boolean);
const browser = candidates.find((path) => existsSync(path));
const headless = platform() === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (!browser || headless) {
  console.log(
    headless
      ? '\nNo display here, so no browser window can open.'
      : '\nNo Chromium found (set CHROME_PATH to use another one; branded Google Chrome 137+ no longer loads extensions from the command line).',
  );
  console.log(howToLoad);
  process.exit(0);
}

console.log(`\n▶ Opening ${browser} with the extension loaded (profile in .chrome-profile/)…`);
console.log(howToLoad);
const child = spawn(
  browser,
  [
    `--user-data-dir=${resolve(root, '.chrome-profile')}`,
    `--disable-extensions-except=${build}`,
    `--load-extension=${build}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'https://www.linkedin.com/feed/',
  ],
  { stdio: 'ignore', detached: true },
);
child.unref();
