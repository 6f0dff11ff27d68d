/**
 * Canonical form of a decoded document: a leading BOM (U+FEFF) removed, CRLF and lone CR
 * turned into LF, then NFC. Nothing else is trimmed (a final newline and blank lines stay),
 * so the same article always yields the same text, offsets and document id.
 */
export function canonicalizeText(decoded: string): string {
  const withoutBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}
