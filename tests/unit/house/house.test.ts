import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The house rules a newcomer relies on (README → Architecture), checked so they stay true. */
const ROOTS = ['entrypoints', 'components', 'utils'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const PRODUCT = ROOTS.flatMap(files);
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'/g;

describe('the house', () => {
  it('imports are relative within a folder and @/ across folders', () => {
    const wrong: string[] = [];
    for (const file of PRODUCT) {
      const folder = posix.normalize(dirname(file));
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = match[1] ?? match[2] ?? '';
        if (spec.startsWith('.') && !/^\.\/[^/]+$/.test(spec))
          wrong.push(`${file}: ${spec} (use @/ across folders)`);
        if (spec.startsWith('@/') && dirname(spec.slice(2)) === folder && !spec.endsWith('.css'))
          wrong.push(`${file}: ${spec} (relative within a folder)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no product file is over 300 lines', () => {
    const long = PRODUCT.map((file) => [file, readFileSync(file, 'utf8').split('\n').length] as const).filter(
      ([, lines]) => lines > 300,
    );
    expect(long).toEqual([]);
  });

  it('no file sits loose at the root of utils/ but the one error type', () => {
    const loose = readdirSync('utils').filter((name) => !statSync(join('utils', name)).isDirectory());
    expect(loose).toEqual(['errors.ts']);
  });

  it('no comment points outside the repository', () => {
    const outside = PRODUCT.filter((file) =>
      /\.\.\/shared\/|DESIGN\.md|PLATFORMS\.md|STYLE\.md/.test(readFileSync(file, 'utf8')),
    );
    expect(outside.map((file) => relative('.', file))).toEqual([]);
  });
});
