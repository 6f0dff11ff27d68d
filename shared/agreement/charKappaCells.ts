import type { LabeledSpan } from '../review/greedyOverlapPairs';
import type { KappaCells } from './agreementReport';
import { labelRecord } from './labelRecord';

/** True for the code points JS `\s` matches (tested per code point without a RegExp call). */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * How many of the first i code points of `text` are compared (not JS `\s` whitespace), for every i
 * up to the text's length in code points: one pass, after which any range's count is a subtraction.
 */
function comparedBefore(text: string): { prefix: Uint32Array; length: number } {
  const prefix = new Uint32Array(text.length + 1);
  let i = 0;
  let count = 0;
  for (let u = 0; u < text.length; u++) {
    const code = text.charCodeAt(u);
    if (code >= 0xd800 && code <= 0xdbff && u + 1 < text.length) {
      const next = text.charCodeAt(u + 1);
      if (next >= 0xdc00 && next <= 0xdfff) u++;
      count++;
    } else if (!isWhitespace(code)) count++;
    prefix[++i] = count;
  }
  return { prefix, length: i };
}

function checkSpans(spans: readonly LabeledSpan[], length: number, side: string): void {
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > length) {
      throw new RangeError(`${side} span ${s.id} [${s.start}, ${s.end}) is not inside the text (0..${length} code points)`);
    }
  }
}

/** The union of one label's spans as sorted disjoint ranges [start0, end0, start1, end1, …]. */
function coveredRanges(byStart: readonly LabeledSpan[], labelId: string): number[] {
  const out: number[] = [];
  for (const s of byStart) {
    if (s.label !== labelId) continue;
    const last = out.length - 1;
    if (last > 0 && s.start <= (out[last] as number)) {
      if (s.end > (out[last] as number)) out[last] = s.end;
    } else out.push(s.start, s.end);
  }
  return out;
}

function comparedIn(ranges: readonly number[], prefix: Uint32Array): number {
  let n = 0;
  for (let k = 0; k < ranges.length; k += 2) n += (prefix[ranges[k + 1] as number] as number) - (prefix[ranges[k] as number] as number);
  return n;
}

function comparedInBoth(x: readonly number[], y: readonly number[], prefix: Uint32Array): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i] as number, y[j] as number);
    const end = Math.min(x[i + 1] as number, y[j + 1] as number);
    if (start < end) n += (prefix[end] as number) - (prefix[start] as number);
    if ((x[i + 1] as number) < (y[j + 1] as number)) i += 2;
    else j += 2;
  }
  return n;
}

/**
 * The kappa tables of one document: over every non-whitespace code point of `text` (JS `\s`),
 * each annotator's bit is 1 iff any of their spans with that label covers it. Spans are in code
 * points; a span outside the text throws a RangeError rather than being clipped unnoticed. Each
 * label's spans are merged into disjoint ranges and counted through the prefix counts, so the
 * text is walked once, not once per label.
 */
export function charKappaCells(
  text: string,
  a: readonly LabeledSpan[],
  b: readonly LabeledSpan[],
  labelIds: readonly string[],
): { positions: number; perLabel: Record<string, KappaCells> } {
  const { prefix, length } = comparedBefore(text);
  checkSpans(a, length, 'A');
  checkSpans(b, length, 'B');
  const positions = prefix[length] as number;
  const byStart = (spans: readonly LabeledSpan[]) => [...spans].sort((x, y) => x.start - y.start);
  const sortedA = byStart(a);
  const sortedB = byStart(b);
  const perLabel = labelRecord(labelIds, (id) => {
    const rangesA = coveredRanges(sortedA, id);
    const rangesB = coveredRanges(sortedB, id);
    const both = comparedInBoth(rangesA, rangesB, prefix);
    const onlyA = comparedIn(rangesA, prefix) - both;
    const onlyB = comparedIn(rangesB, prefix) - both;
    return { both, onlyA, onlyB, neither: positions - both - onlyA - onlyB };
  });
  return { positions, perLabel };
}
