import { compareSuggestions } from './suggestRules';
import type { Suggestion } from './suggestion';

/** Code points per bucket: small enough that sorting one is cheap, large enough that a screen spans a few. */
const BUCKET = 2048;

/**
 * Suggestions in text order, kept in buckets of nearby starts: adding or dropping k suggestions
 * costs about k buckets' sorting, not a pass over all n (a word tagged in a 1M text can add
 * thousands to hundreds of thousands), and a range is read from the buckets it spans.
 */
export interface SuggestionBuckets {
  /** Adds suggestions (each id at most once overall; the caller checks). */
  add(list: readonly Suggestion[]): void;
  /** Drops the suggestions `keep` says no to from the buckets these suggestions are in. */
  prune(of: readonly Suggestion[], keep: (s: Suggestion) => boolean): void;
  /** Every suggestion overlapping [start, end), in text order; `maxLength` bounds how far before `start` one can begin. */
  overlapping(start: number, end: number, maxLength: number): Suggestion[];
  /** All, in text order. */
  all(): Suggestion[];
  /** The first suggestion after (1) or before (-1) `from` in text order that `accept` takes, wrapping around; from the start or end when null. */
  step(from: Suggestion | null, direction: 1 | -1, accept: (s: Suggestion) => boolean): Suggestion | null;
  readonly size: number;
}

/** Index of the first element of `sorted` not before `probe`. */
function lowerBound(sorted: readonly Suggestion[], probe: Suggestion): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareSuggestions(sorted[mid] as Suggestion, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Creates empty buckets. */
export function createSuggestionBuckets(): SuggestionBuckets {
  const buckets = new Map<number, Suggestion[]>();
  /** The bucket numbers in use, ascending (rebuilt when one appears or empties). */
  let keys: number[] = [];
  let size = 0;
  /** Buckets added to since they were last sorted. */
  const unsorted = new Set<number>();
  const bucketOf = (s: Suggestion) => Math.floor(s.start / BUCKET);
  /** Bucket `k` in text order (sorted now if it was added to). */
  const sortedBucket = (k: number): Suggestion[] => {
    const bucket = buckets.get(k) as Suggestion[];
    if (unsorted.delete(k)) bucket.sort(compareSuggestions);
    return bucket;
  };
  const rekey = () => {
    keys = [...buckets.keys()].sort((a, b) => a - b);
  };
  /** Position of the first key not below `k`. */
  const keyIndex = (k: number) => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[mid] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    add(list) {
      if (list.length === 0) return;
      const touched = new Set<number>();
      let fresh = false;
      for (const s of list) {
        const k = bucketOf(s);
        let bucket = buckets.get(k);
        if (!bucket) {
          bucket = [];
          buckets.set(k, bucket);
          fresh = true;
        }
        bucket.push(s);
        touched.add(k);
      }
      // Sorted when next read: adding thousands of scattered suggestions a slice at a time sorts each bucket once, not per slice.
      for (const k of touched) unsorted.add(k);
      size += list.length;
      if (fresh) rekey();
    },
    prune(of, keep) {
      let emptied = false;
      for (const k of new Set(of.map(bucketOf))) {
        const bucket = buckets.get(k);
        if (!bucket) continue;
        const kept = bucket.filter(keep);
        size -= bucket.length - kept.length;
        if (kept.length === 0) {
          buckets.delete(k);
          unsorted.delete(k);
          emptied = true;
        } else buckets.set(k, kept);
      }
      if (emptied) rekey();
    },
    overlapping(start, end, maxLength) {
      const out: Suggestion[] = [];
      const last = Math.floor(Math.max(start, end - 1) / BUCKET);
      for (let i = keyIndex(Math.floor(Math.max(0, start - maxLength) / BUCKET)); i < keys.length && (keys[i] as number) <= last; i++) {
        for (const s of sortedBucket(keys[i] as number)) if (s.start < end && s.end > start) out.push(s);
      }
      return out;
    },
    all: () => keys.flatMap(sortedBucket),
    step(from, direction, accept) {
      if (keys.length === 0) return null;
      let ki: number;
      let at: number;
      if (from === null) {
        ki = direction === 1 ? 0 : keys.length - 1;
        at = direction === 1 ? -1 : sortedBucket(keys[ki] as number).length;
      } else {
        const home = bucketOf(from);
        const bucket = buckets.has(home) ? sortedBucket(home) : undefined;
        if (bucket) {
          ki = keyIndex(home);
          at = lowerBound(bucket, from);
          // From a suggestion still listed, step past it; from a position, the one there is next when moving forward.
          if (direction === 1 && bucket[at]?.id !== from.id) at -= 1;
        } else if (direction === 1) {
          // Its bucket is gone: the next bucket's first, or the previous bucket's last.
          ki = keyIndex(home) % keys.length;
          at = -1;
        } else {
          ki = (keyIndex(home) - 1 + keys.length) % keys.length;
          at = sortedBucket(keys[ki] as number).length;
        }
      }
      for (let seen = 0; seen <= size; ) {
        const bucket = sortedBucket(keys[ki] as number);
        at += direction;
        if (at < 0 || at >= bucket.length) {
          ki = (ki + direction + keys.length) % keys.length;
          at = direction === 1 ? -1 : sortedBucket(keys[ki] as number).length;
          continue;
        }
        seen++;
        const candidate = bucket[at] as Suggestion;
        if (accept(candidate)) return candidate;
      }
      return null;
    },
    get size() {
      return size;
    },
  };
}
