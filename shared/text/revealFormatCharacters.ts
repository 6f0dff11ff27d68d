/**
 * Invisible characters that can make a title, source or name read as something else: controls,
 * bidi embeddings, overrides, isolates and marks (`x\u202Etxt.exe` would read "xexe.txt"), and
 * zero-width spaces, joiners other than ZWJ/ZWNJ (which emoji and scripts need), and the BOM.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are made visible
const SPOOFING = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;

/** The code point as `U+XXXX`, at least four hex digits. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A string from a file for display: each spoofing format or control character replaced by a
 * visible `⟨U+202E⟩`, so what the user reads is what the string holds (shown inside `<bdi>`).
 */
export function revealFormatCharacters(value: string): string {
  return value.replace(SPOOFING, (char) => `⟨${codePointName(char)}⟩`);
}
