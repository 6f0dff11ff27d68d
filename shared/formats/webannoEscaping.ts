/**
 * Escaping of WebAnno TSV 3.2/3.3, as INCEpTION's `Escaping` class does it: feature values escape
 * the reserved `\ [ ] | _ -> ; * TAB LF`, `#Text=` lines escape backslash, TAB, CR, form feed,
 * backspace and the other control characters (a backslash before the raw character).
 */

/** What a reserved sequence in a feature value is written as. */
const VALUE_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['\\', '\\\\'], ['[', '\\['], [']', '\\]'], ['|', '\\|'], ['_', '\\_'], ['->', '\\->'], [';', '\\;'], ['\t', '\\t'], ['\n', '\\n'], ['*', '\\*'],
];

/** Replaces, left to right, the first matching `from` at each position by its `to` (StringUtils.replaceEach). */
function replaceEach(value: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  let out = '';
  let at = 0;
  while (at < value.length) {
    const pair = pairs.find(([from]) => value.startsWith(from, at));
    if (pair === undefined) {
      out += value[at];
      at++;
    } else {
      out += pair[1];
      at += pair[0].length;
    }
  }
  return out;
}

const VALUE_UNESCAPES = VALUE_ESCAPES.map(([raw, escaped]) => [escaped, raw] as const);

/** A feature value as the TSV writes it (reserved characters backslash-escaped). */
export function escapeValue(value: string): string {
  return replaceEach(value, VALUE_ESCAPES);
}

/** The value an escaped TSV feature value stands for. */
export function unescapeValue(value: string): string {
  return replaceEach(value, VALUE_UNESCAPES);
}

/** Control characters written as a backslash before the raw character (all below 32 except 8 to 13). */
const RAW_CONTROLS: ReadonlyArray<readonly [string, string]> = Array.from({ length: 32 }, (_, code) => code)
  .filter((code) => code < 8 || code > 13)
  .map((code) => [String.fromCharCode(code), `\\${String.fromCharCode(code)}`] as const);

const TEXT_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ...RAW_CONTROLS, ['\t', '\\t'], ['\n', '\\n'], ['\f', '\\f'], ['\r', '\\r'], ['\b', '\\b'], ['\\', '\\\\'],
];

const TEXT_UNESCAPES = TEXT_ESCAPES.map(([raw, escaped]) => [escaped, raw] as const);

/** One line of sentence text as a `#Text=` line holds it. */
export function escapeText(text: string): string {
  return replaceEach(text, TEXT_ESCAPES);
}

/** The sentence text an escaped `#Text=` line stands for. */
export function unescapeText(text: string): string {
  return replaceEach(text, TEXT_UNESCAPES);
}

/** Splits `value` at every `separator` that is not escaped by a backslash (a `\\` pair escapes nothing). */
export function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let at = 0; at < value.length; at++) {
    const c = value[at] as string;
    if (c === '\\' && at + 1 < value.length) {
      current += c + (value[at + 1] as string);
      at++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/**
 * A stacked value split into its value and its `[n]` disambiguation id (or chain/relation suffix
 * in brackets), when it ends with an unescaped `]`.
 */
export function splitDisambiguation(value: string): { value: string; id?: string } {
  if (!value.endsWith(']')) return { value };
  let backslashes = 0;
  for (let at = value.length - 2; at >= 0 && value[at] === '\\'; at--) backslashes++;
  if (backslashes % 2 === 1) return { value };
  const open = value.lastIndexOf('[');
  if (open < 0) return { value };
  return { value: value.slice(0, open), id: value.slice(open + 1, -1) };
}
