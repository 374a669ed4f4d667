// Bench helpers: repeat a measurement and keep the median, percentiles of a sample, a pause,
// and print figures side by side with their baseline as an aligned table. Benchmarks print;
// they never assert. (Code passed to a page's evaluate cannot use these: it runs in the page.)
import { performance } from 'node:perf_hooks';

/** Median wall time in milliseconds of `runs` calls (after one warm-up call). */
export async function medianMs(fn: () => unknown, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The p-th percentile (0–100) of a sample, by nearest rank; NaN for an empty one. */
export function pct(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Resolves after `duration` milliseconds. */
export const sleep = (duration: number): Promise<void> => new Promise((r) => setTimeout(r, duration));

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
/** Whole and one-decimal milliseconds; a dash for a figure that is not there (NaN). */
export const ms0 = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');
export const ms1 = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Print a titled table; the first row is the header. */
export function printTable(title: string, rows: string[][]): void {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  console.log(`\n${title}`);
  rows.forEach((row, i) => {
    console.log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}
