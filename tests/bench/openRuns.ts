import { percentile } from './stats';

/** Fresh opens per party (the app and each peer alike), so every open figure is a median of the same number of runs. */
export const OPEN_RUNS = 5;

/** Several opens of one document by one party, in ms: the median counts, the range shows how far the runs spread. */
export interface OpenRuns {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The median and range of `samples` (non-finite samples, e.g. timeouts, count as missing). */
export function openRuns(samples: readonly number[]): OpenRuns {
  const finite = samples.filter(Number.isFinite);
  return { median: percentile(finite, 50), min: finite.length ? Math.min(...finite) : NaN, max: finite.length ? Math.max(...finite) : NaN, n: finite.length };
}

/** One line for the log: "median ms (min–max, n runs)". */
export function openRunsText(runs: OpenRuns): string {
  return `${runs.median.toFixed(0)} ms (${runs.min.toFixed(0)}–${runs.max.toFixed(0)}, n=${runs.n})`;
}
