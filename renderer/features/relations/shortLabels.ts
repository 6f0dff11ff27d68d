const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The short form of each label: its shortest prefix that no other label of `labels` starts with
 * (the type's initial when that is unique: "Q" for Quelle, "Zi"/"Ze" for Ziel and Zeit), as brat
 * abbreviates a label that has no room; counted in graphemes, so neither an emoji nor a letter
 * with a combining accent is split.
 */
export function shortLabels(labels: Iterable<string>): Map<string, string> {
  const distinct = [...new Set(labels)].map((label) => Array.from(GRAPHEMES.segment(label), (g) => g.segment));
  const out = new Map<string, string>();
  for (const chars of distinct) {
    let n = 1;
    const taken = (k: number) => distinct.some((other) => other !== chars && other.slice(0, k).join('') === chars.slice(0, k).join(''));
    while (n < chars.length && taken(n)) n++;
    out.set(chars.join(''), chars.slice(0, n).join(''));
  }
  return out;
}
