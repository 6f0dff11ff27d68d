import { codePointLength } from '../text/offsetConverter';
import type { LabeledSpan } from '../review/greedyOverlapPairs';
import type { KappaCells } from './agreementReport';
import { labelRecord } from './labelRecord';

const WHITESPACE = /\s/;

/** Which code points of `text` are compared: every one that is not JS `\s` whitespace. */
function positionMask(text: string, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  let i = 0;
  for (const ch of text) mask[i++] = WHITESPACE.test(ch) ? 0 : 1;
  return mask;
}

/** Per code point, whether any span with `labelId` covers it (a difference array, O(spans + n)). */
function coverage(spans: readonly LabeledSpan[], labelId: string, length: number): Uint8Array {
  const delta = new Int32Array(length + 1);
  for (const s of spans) {
    if (s.label !== labelId) continue;
    delta[s.start] = (delta[s.start] ?? 0) + 1;
    delta[s.end] = (delta[s.end] ?? 0) - 1;
  }
  const covered = new Uint8Array(length);
  let depth = 0;
  for (let i = 0; i < length; i++) {
    depth += delta[i] ?? 0;
    covered[i] = depth > 0 ? 1 : 0;
  }
  return covered;
}

function checkSpans(spans: readonly LabeledSpan[], length: number, side: string): void {
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > length) {
      throw new RangeError(`${side} span ${s.id} [${s.start}, ${s.end}) is not inside the text (0..${length} code points)`);
    }
  }
}

/**
 * The kappa tables of one document: over every non-whitespace code point of `text` (JS `\s`),
 * each annotator's bit is 1 iff any of their spans with that label covers it. Spans are in code
 * points; a span outside the text throws a RangeError rather than being clipped unnoticed.
 */
export function charKappaCells(
  text: string,
  a: readonly LabeledSpan[],
  b: readonly LabeledSpan[],
  labelIds: readonly string[],
): { positions: number; perLabel: Record<string, KappaCells> } {
  const length = codePointLength(text);
  checkSpans(a, length, 'A');
  checkSpans(b, length, 'B');
  const mask = positionMask(text, length);
  const positions = mask.reduce((n, bit) => n + bit, 0);
  const perLabel = labelRecord(labelIds, (id) => {
    const inA = coverage(a, id, length);
    const inB = coverage(b, id, length);
    const cells = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
    for (let i = 0; i < length; i++) {
      if (mask[i] === 0) continue;
      if (inA[i] === 1) {
        if (inB[i] === 1) cells.both++;
        else cells.onlyA++;
      } else if (inB[i] === 1) cells.onlyB++;
      else cells.neither++;
    }
    return cells;
  });
  return { positions, perLabel };
}
