import { createOffsetConverter } from '../text/offsetConverter';
import { tokenizeGerman } from '../text/germanTokenizer';
import { suggestActors } from './suggestActors';
import { suggestDates } from './suggestDates';
import { suggestQuoteSources } from './suggestQuoteSources';
import { suggestQuotes } from './suggestQuotes';
import { sourceRelationId, suggestionId, type SpanProposal, type SuggestedRelation, type Suggester, type Suggestion, type Suggestions } from './suggestion';

/** Orders suggestions by (start, end, label), the order the window visits them in. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/**
 * The rule suggestions of one text in code points — dates, quotes, actors and a `source`
 * relation from each attributed quote to its actor — which depend on the text alone, so a window
 * computes them once per text (off its main thread) and keeps them while the tags change.
 */
export function suggestRules(text: string): Suggestions {
  const quotes = suggestQuotes(text);
  const actors = suggestActors(text, tokenizeGerman(text));
  const links = suggestQuoteSources(text, quotes, actors);
  const proposals: { span: SpanProposal; suggester: Suggester }[] = [
    ...suggestDates(text).map((span) => ({ span, suggester: 'date' as const })),
    ...quotes.map((span) => ({ span, suggester: 'quote' as const })),
    ...actors.map((span) => ({ span, suggester: 'actor' as const })),
  ];
  const converter = createOffsetConverter(text);
  const byId = new Map<string, Suggestion>();
  const idOf = new Map<SpanProposal, string>();
  for (const { span, suggester } of proposals) {
    const start = converter.utf16ToCodePoint(span.start);
    const end = converter.utf16ToCodePoint(span.end);
    const id = suggestionId(span.label, start, end);
    idOf.set(span, id);
    if (!byId.has(id)) byId.set(id, { id, label: span.label, start, end, text: text.slice(span.start, span.end), suggester });
  }
  const relations: SuggestedRelation[] = [];
  for (const link of links) {
    const from = idOf.get(quotes[link.quote] as SpanProposal);
    const to = idOf.get(actors[link.actor] as SpanProposal);
    if (from && to) relations.push({ id: sourceRelationId(from, to), type: 'source', from, to });
  }
  return { annotations: [...byId.values()].sort(compareSuggestions), relations };
}
