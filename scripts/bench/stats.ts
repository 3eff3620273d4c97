/** Small statistics for the benchmark: medians of runs, percentiles of samples. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** A number for the table: fixed decimals, or "n/a" when it could not be measured. */
export function fmt(value: number, decimals = 1): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : 'n/a';
}

export interface Row {
  measure: string;
  value: string;
  budget: string;
  /** true: within budget; false: over; undefined: no budget. */
  ok?: boolean;
}

export function table(rows: readonly Row[]): string {
  const head = ['Measure', 'Result', 'Budget', ''];
  const lines = rows.map((r) => [
    r.measure,
    r.value,
    r.budget,
    r.ok === undefined ? '' : r.ok ? 'ok' : 'over',
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const row = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [row(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}
