#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-ons linter (web-ext lint) on the Firefox build, as the add-ons
// store runs it. It fails on any error, on any warning about the manifest, and on any code warning that
// comes from our own source: each warning's place in the bundle is traced back through the build's
// source map. Warnings from libraries bundled in (React DOM, zod, the playground's editors) are listed
// with their package, and explained in the README (Store readiness).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.output/firefox-mv3');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

execFileSync(bin('wxt'), ['build', '-b', 'firefox'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, REPLY_COPILOT_SOURCEMAPS: '1' },
});
let report;
try {
  report = execFileSync(
    bin('web-ext'),
    ['lint', '--source-dir', out, '--no-config-discovery', '--output', 'json'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
} catch (error) {
  report = error.stdout; // web-ext exits non-zero when there are errors; the report says which
}
const { errors, warnings, notices } = JSON.parse(report);

const maps = new Map();
function sourceOf(file, line, column) {
  if (!file || !line) return undefined;
  if (!maps.has(file)) {
    const map = resolve(out, `${file}.map`);
    maps.set(file, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null);
  }
  return maps.get(file)?.originalPositionFor({ line, column: column ?? 0 }).source ?? undefined;
}
const packageOf = (source) => source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];

const ours = [];
const libraries = [];
for (const warning of warnings) {
  const source = sourceOf(warning.file, warning.line, warning.column);
  const where = `${warning.code} ${warning.file ?? ''}:${warning.line ?? ''}`;
  if (!warning.file?.endsWith('.js') || !source)
    ours.push(`${where}: ${warning.message} (${source ?? 'no source'})`);
  else if (packageOf(source)) libraries.push(`${where} ← ${packageOf(source)}`);
  else ours.push(`${where}: ${warning.message} (${source})`);
}

console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
for (const line of libraries) console.log(`  library: ${line}`);
for (const error of errors) console.log(`  ERROR ${error.code} ${error.file ?? ''}: ${error.message}`);
for (const line of ours) console.log(`  OURS ${line}`);
if (errors.length || ours.length) {
  console.error('web-ext lint: errors, or warnings from our own code (above).');
  process.exit(1);
}
