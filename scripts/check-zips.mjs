#!/usr/bin/env node
// `npm run test:zip`: the store packages build, and hold what each store needs. Chrome Web Store: the
// Chrome zip. Firefox Add-ons: the Firefox zip and the sources zip its reviewers rebuild from. Both
// stamped with package.json's version.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const wxt = resolve(root, 'node_modules/.bin/wxt');
for (const args of [['zip'], ['zip', '-b', 'firefox']])
  execFileSync(wxt, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const list = (zip) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
const read = (zip, file) => execFileSync('unzip', ['-p', zip, file], { encoding: 'utf8' });
const problems = [];
const expect = (ok, message) => ok || problems.push(message);

for (const browser of ['chrome', 'firefox']) {
  const zip = resolve(root, `.output/reply-copilot-${version}-${browser}.zip`);
  const manifest = JSON.parse(read(zip, 'manifest.json'));
  expect(
    manifest.version === version,
    `${browser}: manifest version ${manifest.version}, package.json ${version}`,
  );
  expect(list(zip).includes('panel.html'), `${browser}: no panel.html`);
  expect(!list(zip).some((f) => f.endsWith('.map')), `${browser}: source maps in the store zip`);
  if (browser === 'firefox')
    expect(
      manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required?.length > 0,
      'firefox: no data_collection_permissions',
    );
}
const sources = list(resolve(root, `.output/reply-copilot-${version}-sources.zip`));
for (const needed of [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'README.md',
  'entrypoints/background/index.ts',
])
  expect(sources.includes(needed), `sources: no ${needed}`);
for (const unwanted of [
  'playwright-report/',
  'test-results/',
  'node_modules/',
  '.output/',
  'tests/fixtures/dist/',
])
  expect(!sources.some((f) => f.startsWith(unwanted)), `sources: holds ${unwanted}`);

if (problems.length) {
  console.error(`Store packages:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Store packages ${version}: Chrome zip, Firefox zip and sources zip (${sources.length} files) are ready.`,
);
