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

const DECOMPOSED: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' };
const UMLAUT = /[äöüÄÖÜ]/gu;

/** The NFD spelling of an umlaut as a regular-expression source: its base letter and U+0308. */
function nfdSource(umlaut: string): string {
  return `${DECOMPOSED[umlaut] as string}\\u0308`;
}

/**
 * A character class with its umlauts also matching their NFD spelling: a class holds one code
 * point, so "[a-zä]" becomes "(?:[a-zä]|a\u0308)" and "[^ä]" refuses an NFD "ä" by a lookahead
 * before its base letter ("(?!a\u0308)[^ä]"); a class without umlauts is returned unchanged.
 */
function classWithNfd(cls: string): string {
  const negated = cls.startsWith('[^');
  const umlauts = [...new Set(cls.slice(negated ? 2 : 1, -1).match(UMLAUT) ?? [])];
  if (umlauts.length === 0) return cls;
  const alternatives = umlauts.map(nfdSource).join('|');
  return negated ? `(?:(?!${alternatives})${cls})` : `(?:${cls}|${alternatives})`;
}

/**
 * A regular-expression source in which every German umlaut also matches its decomposed (NFD)
 * spelling, so the rules find "März" whether the text spells "ä" as one or two code points;
 * umlauts inside a character class keep the class a class (see `classWithNfd`).
 */
export function withNfdUmlauts(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      // In a "u" pattern a class ends at the first unescaped "]"; "[" inside it is a plain character.
      let end = i + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      out += classWithNfd(source.slice(i, end + 1));
      i = end;
    } else if (DECOMPOSED[ch] !== undefined) {
      out += `(?:${ch}|${nfdSource(ch)})`;
    } else {
      out += ch;
    }
  }
  return out;
}
