#!/usr/bin/env node
// `npm run bench` (after `wxt build`): bundles the benchmark, which is TypeScript and imports the
// project's own code, with esbuild, then runs it. See scripts/bench/main.ts for what it measures.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'node_modules/.cache/reply-copilot-bench');
mkdirSync(outdir, { recursive: true });

/** The test helpers find their files from `import.meta.url`: keep each one's own, not the bundle's. */
const keepFileUrls = {
  name: 'keep-file-urls',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/](tests|scripts)[\\/].*\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

/** twitter-text (the length check the prompt module imports) is ESM without file extensions: bundle it. */
const require = createRequire(import.meta.url);
const bundleTwitterText = {
  name: 'bundle-twitter-text',
  setup(bundle) {
    bundle.onResolve({ filter: /^(twitter-text|core-js)\// }, (args) => ({
      path: require.resolve(args.path),
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ['scripts/bench/main.ts', 'scripts/bench/fake-process.ts'],
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  plugins: [keepFileUrls, bundleTwitterText],
  logLevel: 'warning',
});
await import(pathToFileURL(resolve(outdir, 'main.mjs')).href);
