import { codePointLength } from '../text/offsetConverter';
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

/** Which code points of `text` are compared: every one that is not JS `\s` whitespace. */
function positionMask(text: string, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  let i = 0;
  for (let u = 0; u < text.length; u++, i++) {
    const code = text.charCodeAt(u);
    if (code >= 0xd800 && code <= 0xdbff && u + 1 < text.length) {
      const next = text.charCodeAt(u + 1);
      if (next >= 0xdc00 && next <= 0xdfff) u++;
      mask[i] = 1;
      continue;
    }
    mask[i] = isWhitespace(code) ? 0 : 1;
  }
  return mask;
}

/** Per code point, +1 where a span with `labelId` starts and -1 where it ends (a difference array). */
function coverageDelta(spans: readonly LabeledSpan[], labelId: string, length: number): Int32Array {
  const delta = new Int32Array(length + 1);
  for (const s of spans) {
    if (s.label !== labelId) continue;
    delta[s.start] = (delta[s.start] ?? 0) + 1;
    delta[s.end] = (delta[s.end] ?? 0) - 1;
  }
  return delta;
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
  // One pass per label over two difference arrays (running depths), O(spans + n) each.
  const perLabel = labelRecord(labelIds, (id) => {
    const deltaA = coverageDelta(a, id, length);
    const deltaB = coverageDelta(b, id, length);
    let depthA = 0;
    let depthB = 0;
    let both = 0;
    let onlyA = 0;
    let onlyB = 0;
    for (let i = 0; i < length; i++) {
      depthA += deltaA[i] as number;
      depthB += deltaB[i] as number;
      if (mask[i] === 0) continue;
      if (depthA > 0) {
        if (depthB > 0) both++;
        else onlyA++;
      } else if (depthB > 0) onlyB++;
    }
    return { both, onlyA, onlyB, neither: positions - both - onlyA - onlyB };
  });
  return { positions, perLabel };
}
