/** Summary of repeated timings in ms: the percentiles the budgets name, and how many samples. */
export interface Spread {
  p50: number;
  p90: number;
  p95: number;
  worst: number;
  n: number;
}

/** The nearest-rank percentile `p` (0..100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** p50, p90, p95 and the worst of `values` (non-finite samples, e.g. timeouts, count as missing). */
export function spread(values: readonly number[]): Spread {
  const finite = values.filter(Number.isFinite);
  return { p50: percentile(finite, 50), p90: percentile(finite, 90), p95: percentile(finite, 95), worst: finite.length ? Math.max(...finite) : NaN, n: finite.length };
}

/** Median wall time of `fn` over `runs` runs, in ms. */
export function medianTime(fn: () => unknown, runs = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}
