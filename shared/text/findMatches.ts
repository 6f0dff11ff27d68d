import { enclosingSegment } from './enclosingSegment';
import type { TextRange } from './selectionRange';

const graphemeSegmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** The two characters whose String#toLowerCase is not a same-length, context-free mapping. */
const SPECIAL = /[\u0130\u03a3]/g;

/** Lower case that never changes length: characters whose lower case is longer stay as they are. */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Lower-cases `s` character by character, so the result has exactly the same length and every
 * index means the same position as in `s`. String#toLowerCase differs from that only for "İ"
 * (two code units; kept as is) and the context-dependent final sigma (Σ always becomes σ), so
 * those two are handled apart and everything between them goes through the native call.
 */
export function foldCase(s: string): string {
  let out = '';
  let from = 0;
  for (const m of s.matchAll(SPECIAL)) {
    out += lowerSameLength(s.slice(from, m.index)) + (m[0] === '\u03a3' ? '\u03c3' : m[0]);
    from = m.index + 1;
  }
  return out + lowerSameLength(s.slice(from));
}

function isGraphemeBoundary(text: string, index: number): boolean {
  return enclosingSegment(graphemeSegmenter, text, index, 'grapheme') === null;
}

/** How many texts keep their folding: the open document's and a few others (a search in another document, a caller on another text) never push it out. */
const FOLDED_TEXTS = 4;

/** Recently searched texts and their foldings, most recent last: a search bar asks again per key press on the same long text. */
const folded: { text: string; folded: string }[] = [];

/** `foldCase(text)`, computed once per text for a run of queries on it and kept while it is among the last few searched (1M characters fold in milliseconds, each time). */
function foldedText(text: string): string {
  const at = folded.findIndex((entry) => entry.text === text);
  const entry = at === -1 ? { text, folded: foldCase(text) } : (folded.splice(at, 1)[0] as { text: string; folded: string });
  folded.push(entry);
  if (folded.length > FOLDED_TEXTS) folded.shift();
  return entry.folded;
}

/**
 * All places where `query` occurs in `text`, as UTF-16 ranges, left to right and
 * non-overlapping. Case-insensitive by simple per-character lower-casing, but letters with
 * diacritics stay distinct ("russland" finds "Russland", "a" never finds "ä", also not the
 * "a" of a decomposed "a\u0308": hits that would split a grapheme cluster are skipped). The
 * query is NFC-normalized like canonical text; an empty or whitespace-only query finds nothing.
 * One native indexOf pass over a same-length folded copy (kept for the next queries on the same
 * text, also across searches in a few other texts), so a query on 1M characters takes about a millisecond.
 */
export function findMatches(text: string, query: string): TextRange[] {
  if (query.trim() === '') return [];
  const needle = foldCase(query.normalize('NFC'));
  const haystack = foldedText(text);
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
