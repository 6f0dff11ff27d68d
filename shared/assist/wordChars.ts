/** A character that belongs to a word: a letter, a combining mark (NFD umlauts), a digit or `_`. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** True when the UTF-16 unit at `index` is part of a word (false outside the text). */
export function isWordChar(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Widens [start, end) to whole words: a range that begins or ends inside a word takes the whole
 * word, so a suggestion never cuts "Dienstag" to "Dienst" or an NFD "ü" from its base letter.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && isWordChar(text, s - 1) && isWordChar(text, s)) s--;
  while (e < text.length && isWordChar(text, e) && isWordChar(text, e - 1)) e++;
  return { start: s, end: e };
}

/**
 * A regular-expression source in which every German umlaut also matches its decomposed (NFD)
 * spelling, so the rules find "März" whether the text spells "ä" as one or two code points.
 */
export function withNfdUmlauts(source: string): string {
  const decomposed: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' };
  return source.replace(/[äöüÄÖÜ]/gu, (ch) => `(?:${ch}|${decomposed[ch] as string}\\u0308)`);
}
