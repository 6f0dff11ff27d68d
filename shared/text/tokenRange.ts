import type { TextToken } from './germanTokenizer';

/**
 * The tokens that share at least one character with UTF-16 `start`..`end`, as indices
 * `first`..`last` into the sorted, non-overlapping `tokens` (binary search, so long texts with
 * many spans stay fast); undefined when the range covers white space only.
 */
export function tokenRange(tokens: readonly TextToken[], start: number, end: number): { first: number; last: number } | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as TextToken).end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.length || (tokens[lo] as TextToken).start >= end) return undefined;
  let last = lo;
  while (last + 1 < tokens.length && (tokens[last + 1] as TextToken).start < end) last++;
  return { first: lo, last };
}
