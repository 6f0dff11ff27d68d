/** Control characters, line and paragraph separators, bidi controls and marks, and unpaired surrogates. */
// eslint-disable-next-line no-control-regex -- these are exactly what must not reach a message raw
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu;

/**
 * `text` with every unprintable character (controls, line breaks, bidi overrides, half a
 * surrogate pair) written as a `\uXXXX` escape, so a message quoting a file stays one honest line.
 */
export function printableText(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Longest quote of a file's text a message shows, in code points. */
export const MAX_QUOTE_CODE_POINTS = 80;

/**
 * A value from the input as a message quotes it: in JSON quotes with escapes, at most
 * `MAX_QUOTE_CODE_POINTS` code points (then `…` and the full length), so a label or a quote full
 * of control characters, or 300,000 characters long, cannot garble or flood the problem list.
 */
export function quoted(value: string): string {
  const codePoints = Array.from(value.length > MAX_QUOTE_CODE_POINTS * 2 + 2 ? value.slice(0, MAX_QUOTE_CODE_POINTS * 2 + 2) : value);
  if (codePoints.length <= MAX_QUOTE_CODE_POINTS) return printableText(JSON.stringify(value));
  const head = codePoints.slice(0, MAX_QUOTE_CODE_POINTS).join('');
  return `${printableText(JSON.stringify(head)).slice(0, -1)}…" (${countCodePoints(value)} characters)`;
}

/**
 * A value from the input as a problem's values carry it into a catalog sentence: printable (see
 * `printableText`) and at most `MAX_QUOTE_CODE_POINTS` code points, then `…`, without quotes
 * (the sentence adds its language's own), so a hostile value cannot garble or flood the sentence.
 */
export function excerpt(value: string): string {
  const head = Array.from(value.length > MAX_QUOTE_CODE_POINTS * 2 + 2 ? value.slice(0, MAX_QUOTE_CODE_POINTS * 2 + 2) : value);
  return head.length <= MAX_QUOTE_CODE_POINTS ? printableText(value) : `${printableText(head.slice(0, MAX_QUOTE_CODE_POINTS).join(''))}…`;
}

/** Code points of a string of any size, counted without building an array (a 190 MB value must not allocate gigabytes for a message). */
function countCodePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

/**
 * A name from the input (an id, an IRI) as a message shows it: as it is when it is printable
 * and short, else `quoted`, so ordinary names read naturally and hostile ones stay harmless.
 */
export function named(value: string): string {
  return value.length <= MAX_QUOTE_CODE_POINTS && value !== '' && printableText(value) === value && !/\s/.test(value) ? value : quoted(value);
}
