import type { SpanProposal } from './suggestion';
import { isWordChar } from './wordChars';

/** A string tagged (or rejected) with a label somewhere, the unit the learned suggester remembers. */
export interface LabeledString {
  readonly label: string;
  readonly text: string;
}

/** The key of a labelled string, for sets of remembered strings. */
export function labeledStringKey(entry: LabeledString): string {
  return `${entry.label}\u0000${entry.text.normalize('NFC')}`;
}

/**
 * Learned suggestions, as INCEpTION's string-matching recommender makes them: every whole-word,
 * case-sensitive occurrence of a string I tagged elsewhere gets my label again, unless I rejected
 * that string with that label. Strings compare in NFC, like canonical text. UTF-16 ranges.
 */
export function suggestLearned(text: string, learned: readonly LabeledString[], rejected: readonly LabeledString[] = []): SpanProposal[] {
  const refused = new Set(rejected.map(labeledStringKey));
  const seen = new Set<string>();
  const spans: SpanProposal[] = [];
  for (const entry of learned) {
    const key = labeledStringKey(entry);
    const needle = entry.text.normalize('NFC');
    if (needle.trim() === '' || refused.has(key) || seen.has(key)) continue;
    seen.add(key);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const wholeWords = !(isWordChar(text, at - 1) && isWordChar(text, at)) && !(isWordChar(text, end - 1) && isWordChar(text, end));
      if (wholeWords) spans.push({ label: entry.label, start: at, end });
    }
  }
  return spans;
}
