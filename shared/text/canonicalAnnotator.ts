/**
 * The one spelling of an annotator name that every door (settings, import, review, CLI) stores and
 * compares: NFC with no surrounding white space, so "Jörg" typed composed, decomposed or with a
 * trailing space is one person and one colleague set. A name of nothing but white space stays as
 * it is (NFC), so it is still a name where one is required; otherwise the name is kept as typed.
 */
export function canonicalAnnotator(name: string): string {
  const nfc = name.normalize('NFC');
  const trimmed = nfc.trim();
  return trimmed === '' ? nfc : trimmed;
}
