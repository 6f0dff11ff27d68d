import { createOffsetConverter } from '../text/offsetConverter';
import { tokenizeGerman } from '../text/germanTokenizer';
import { suggestActors } from './suggestActors';
import { suggestDates } from './suggestDates';
import { labeledStringKey, suggestLearned, type LabeledString } from './suggestLearned';
import { suggestQuoteSources } from './suggestQuoteSources';
import { suggestQuotes } from './suggestQuotes';
import { suggestionId, type SpanProposal, type SuggestedRelation, type Suggester, type Suggestion, type Suggestions } from './suggestion';

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
 * All suggestions for one text in code points: dates, quotes, actors and learned strings, with a
 * `source` relation from each attributed quote to its actor. A string I rejected with a label
 * is never suggested with it again, and a suggestion overlapping my tag of the same label is
 * dropped, so suggestions never double my work. Deterministic: sorted by (start, end, label).
 */
export function suggestAll(input: SuggestInput): Suggestions {
  const { text } = input;
  const quotes = suggestQuotes(text);
  const actors = suggestActors(text, tokenizeGerman(text));
  const links = suggestQuoteSources(text, quotes, actors);
  const proposals: { span: SpanProposal; suggester: Suggester }[] = [
    ...suggestDates(text).map((span) => ({ span, suggester: 'date' as const })),
    ...quotes.map((span) => ({ span, suggester: 'quote' as const })),
    ...actors.map((span) => ({ span, suggester: 'actor' as const })),
    ...suggestLearned(text, input.learned ?? [], input.rejected).map((span) => ({ span, suggester: 'learned' as const })),
  ];
  const converter = createOffsetConverter(text);
  const refused = new Set((input.rejected ?? []).map(labeledStringKey));
  const existing = input.existing ?? [];
  const byId = new Map<string, Suggestion>();
  const idOf = new Map<SpanProposal, string>();
  for (const { span, suggester } of proposals) {
    const start = converter.utf16ToCodePoint(span.start);
    const end = converter.utf16ToCodePoint(span.end);
    const id = suggestionId(span.label, start, end);
    const spanText = text.slice(span.start, span.end);
    idOf.set(span, id);
    if (byId.has(id) || refused.has(labeledStringKey({ label: span.label, text: spanText }))) continue;
    if (existing.some((tag) => tag.label === span.label && tag.start < end && start < tag.end)) continue;
    byId.set(id, { id, label: span.label, start, end, text: spanText, suggester });
  }
  const relations: SuggestedRelation[] = [];
  for (const link of links) {
    const from = idOf.get(quotes[link.quote] as SpanProposal);
    const to = idOf.get(actors[link.actor] as SpanProposal);
    if (from && to && byId.has(from) && byId.has(to)) relations.push({ id: `suggest-source-${from}-${to}`, type: 'source', from, to });
  }
  const annotations = [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { annotations, relations };
}
