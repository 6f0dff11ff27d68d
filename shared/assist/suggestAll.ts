import { createOffsetConverter } from '../text/offsetConverter';
import { labeledStringKey, suggestLearned, type LabeledString } from './suggestLearned';
import { compareSuggestions, suggestRules } from './suggestRules';
import { suggestionId, type Suggestion, type Suggestions } from './suggestion';

/** A tag already in the document (code points): a suggestion of its label overlapping it is not shown. */
export interface ExistingTag {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** What the assist looks at besides the text: my tags here, strings I tagged elsewhere, strings I rejected. */
export interface SuggestInput {
  readonly text: string;
  readonly existing?: readonly ExistingTag[];
  readonly learned?: readonly LabeledString[];
  readonly rejected?: readonly LabeledString[];
}

/**
 * All suggestions for one text in code points: the rule suggestions (`suggestRules`) and the
 * learned strings, with a `source` relation from each attributed quote to its actor. A string I
 * rejected with a label is never suggested with it again, and a suggestion overlapping my tag of
 * the same label is dropped, so suggestions never double my work. Sorted by (start, end, label).
 */
export function suggestAll(input: SuggestInput): Suggestions {
  const { text } = input;
  const rules = suggestRules(text);
  const converter = createOffsetConverter(text);
  const refused = new Set((input.rejected ?? []).map(labeledStringKey));
  const existing = input.existing ?? [];
  const byId = new Map<string, Suggestion>(rules.annotations.map((s) => [s.id, s]));
  for (const span of suggestLearned(text, input.learned ?? [], input.rejected)) {
    const start = converter.utf16ToCodePoint(span.start);
    const end = converter.utf16ToCodePoint(span.end);
    const id = suggestionId(span.label, start, end);
    if (!byId.has(id)) byId.set(id, { id, label: span.label, start, end, text: text.slice(span.start, span.end), suggester: 'learned' });
  }
  const kept = [...byId.values()].filter(
    (s) => !refused.has(labeledStringKey(s)) && !existing.some((tag) => tag.label === s.label && tag.start < s.end && s.start < tag.end),
  );
  const ids = new Set(kept.map((s) => s.id));
  return { annotations: kept.sort(compareSuggestions), relations: rules.relations.filter((r) => ids.has(r.from) && ids.has(r.to)) };
}
