/** Up to two letters standing for a name: first letters of the first and last word, else the first two letters. */
function baseInitials(name: string): string {
  const words = name.trim().split(/[\s._-]+/u).filter((w) => w !== '');
  const letters = (w: string) => Array.from(w.normalize('NFC'));
  const first = words[0] ?? name;
  const last = words[words.length - 1] ?? '';
  const picked = words.length > 1 ? [letters(first)[0] ?? '', letters(last)[0] ?? ''] : letters(first).slice(0, 2);
  return picked.join('').toLocaleUpperCase('de') || '?';
}

/**
 * Short, distinct initials for each annotator (the marker on their spans in review mode):
 * "jonas" → "JO", "Anna Weber" → "AW"; two names with the same initials get a number ("JO2").
 */
export function annotatorInitials(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    if (out.has(name)) continue;
    const base = baseInitials(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
    taken.add(candidate);
    out.set(name, candidate);
  }
  return out;
}
