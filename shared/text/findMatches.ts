import { enclosingSegment } from './enclosingSegment';
import type { TextRange } from './selectionRange';

const graphemeSegmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** Per-code-unit lower case, filled lazily; 0 means "not computed yet" (U+0000 folds to itself anyway). */
const foldTable = new Uint16Array(0x10000);

function foldUnit(unit: number): number {
  const cached = foldTable[unit] ?? 0;
  if (cached !== 0 || unit === 0) return cached;
  let folded = unit;
  if (unit < 0xd800 || unit > 0xdfff) {
    const lower = String.fromCharCode(unit).toLowerCase();
    // "İ" lowers to two code units; keep such characters as they are so offsets stay 1:1.
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  foldTable[unit] = folded;
  return folded;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Per-character lower case of `s`, one chunk of code units at a time (surrogate pairs lowered as a pair). */
function foldSlowly(s: string): string {
  const chunk = 0x2000;
  const parts: string[] = [];
  const units = new Uint16Array(chunk + 1);
  let i = 0;
  while (i < s.length) {
    let n = 0;
    while (n < chunk && i < s.length) {
      const unit = s.charCodeAt(i);
      if (isHigh(unit) && isLow(s.charCodeAt(i + 1))) {
        const lower = s.slice(i, i + 2).toLowerCase();
        const pair = lower.length === 2 ? lower : s.slice(i, i + 2);
        units[n] = pair.charCodeAt(0);
        units[n + 1] = pair.charCodeAt(1);
        n += 2;
        i += 2;
      } else {
        units[n] = foldUnit(unit);
        n += 1;
        i += 1;
      }
    }
    parts.push(String.fromCharCode(...units.subarray(0, n)));
  }
  return parts.join('');
}

/**
 * Lower-cases `s` character by character, so the result has exactly the same length and every
 * index means the same position as in `s`. String#toLowerCase differs from that only for "İ"
 * (two code units) and the context-dependent final sigma, so it is used whenever neither occurs.
 */
export function foldCase(s: string): string {
  if (!s.includes('\u0130') && !s.includes('\u03a3')) {
    const lower = s.toLowerCase();
    if (lower.length === s.length) return lower;
  }
  return foldSlowly(s);
}

function isGraphemeBoundary(text: string, index: number): boolean {
  return enclosingSegment(graphemeSegmenter, text, index, 'grapheme') === null;
}

/**
 * All places where `query` occurs in `text`, as UTF-16 ranges, left to right and
 * non-overlapping. Case-insensitive by simple per-character lower-casing, but letters with
 * diacritics stay distinct ("russland" finds "Russland", "a" never finds "ä", also not the
 * "a" of a decomposed "a\u0308": hits that would split a grapheme cluster are skipped). The
 * query is NFC-normalized like canonical text; an empty or whitespace-only query finds nothing.
 * One native indexOf pass over a same-length folded copy, so 1M characters take milliseconds.
 */
export function findMatches(text: string, query: string): TextRange[] {
  if (query.trim() === '') return [];
  const needle = foldCase(query.normalize('NFC'));
  const haystack = foldCase(text);
  const hits: TextRange[] = [];
  let from = 0;
  for (;;) {
    const start = haystack.indexOf(needle, from);
    if (start === -1) return hits;
    const end = start + needle.length;
    if (isGraphemeBoundary(text, start) && isGraphemeBoundary(text, end)) {
      hits.push({ start, end });
      from = end;
    } else {
      from = start + 1;
    }
  }
}
