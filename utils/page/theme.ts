import { relativeLuminance } from '@/utils/ui/color';

/**
 * The page's own theme, so the panel matches it: LinkedIn's dark mode, X's Dim and Lights out. Read
 * from the page's background colour (classes change; colours are what the manager sees), only when a
 * panel opens.
 */
export type PageTheme = 'light' | 'dim' | 'black';

function parseRgb(value: string): [number, number, number, number] | null {
  const m = value.match(/rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
}

export function pageTheme(doc: Document): PageTheme {
  const win = doc.defaultView;
  if (!win) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (!rgb || rgb[3] === 0) continue;
    const l = relativeLuminance([rgb[0], rgb[1], rgb[2]]);
    return l < 0.005 ? 'black' : l < 0.2 ? 'dim' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dim' : 'light';
}
