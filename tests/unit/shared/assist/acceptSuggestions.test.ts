import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { acceptSuggestions } from '@shared/assist/acceptSuggestions';
import { suggestRules } from '@shared/assist/suggestRules';
import type { Suggestion } from '@shared/assist/suggestion';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { createOffsetConverter } from '@shared/text/offsetConverter';

/** Accepting against the rule suggestions of `text`, with `closed` ids treated as rejected. */
function accept(text: string, chosenTexts: readonly string[], mine: readonly Annotation[] = [], closed: readonly string[] = []) {
  const rules = suggestRules(text);
  const byId = new Map(rules.annotations.map((s) => [s.id, s]));
  const chosen = chosenTexts.map((t) => rules.annotations.find((s) => s.text === t) as Suggestion);
  let n = 0;
  return acceptSuggestions({ annotations: mine, relations: [] }, chosen, {
    text,
    converter: createOffsetConverter(text),
    relationsOf: (id) => rules.relations.filter((r) => r.from === id || r.to === id),
    suggestion: (id) => byId.get(id),
    isOpen: (id) => !closed.some((t) => byId.get(id)?.text === t),
    types: DEFAULT_RELATION_TYPES,
    tools: { annotator: 'me', now: '2026-01-01T00:00:00.000Z', newId: () => `n${++n}` },
  });
}

const TEXTS = [
  ['plain', '„Wir bleiben dabei“, sagte Ministerin Anna Krüger.', 'Anna Krüger'],
  ['emoji before the quote', '😀 „Wir bleiben dabei“, sagte Ministerin Anna Krüger.', 'Anna Krüger'],
  ['NFD umlaut in the speaker', '„Wir bleiben dabei“, sagte Ministerin Anna Kru\u0308ger.', 'Anna Kru\u0308ger'],
] as const;

describe('acceptSuggestions', () => {
  it.each(TEXTS)('%s: a quote comes with its speaker (still a suggestion) and the source relation, all mine and from the assist', (_name, text, speaker) => {
    const result = accept(text, ['„Wir bleiben dabei“']);
    expect(result.document.annotations.map((a) => [a.label, a.text, a.origin, a.annotator])).toEqual([
      ['quote', '„Wir bleiben dabei“', 'assist', 'me'],
      ['actor', speaker, 'assist', 'me'],
    ]);
    const [quote, actor] = result.document.annotations as [Annotation, Annotation];
    expect(result.speakers.map((a) => a.text)).toEqual([speaker]);
    expect(result.document.relations).toEqual([{ id: expect.any(String), type: 'source', from: quote.id, to: actor.id, annotator: 'me' }]);
    // Offsets are code points: the stored text is the code-point slice.
    expect(Array.from(text).slice(actor.start, actor.end).join('')).toBe(speaker);
  });

  it('uses my own tag on the speaker instead of a second one', () => {
    const text = '„Wir bleiben dabei“, sagte Ministerin Anna Krüger.';
    const start = Array.from(text).indexOf('A');
    const mine: Annotation = { id: 'mine', label: 'actor', start, end: start + 11, text: 'Anna Krüger', annotator: 'me' };
    const result = accept(text, ['„Wir bleiben dabei“'], [mine]);
    expect(result.document.annotations.map((a) => a.id)).toEqual(['n1', 'mine']);
    expect(result.document.relations[0]).toMatchObject({ from: 'n1', to: 'mine' });
  });

  it('a rejected speaker is not accepted, and the quote has no source', () => {
    const result = accept('„Wir bleiben dabei“, sagte Ministerin Anna Krüger.', ['„Wir bleiben dabei“'], [], ['Anna Krüger']);
    expect(result.document.annotations.map((a) => a.label)).toEqual(['quote']);
    expect(result.document.relations).toEqual([]);
  });

  it('an accepted speaker whose quote is already mine gets the relation', () => {
    const text = '„Wir bleiben dabei“, sagte Ministerin Anna Krüger.';
    const mine: Annotation = { id: 'q', label: 'quote', start: 0, end: 19, text: '„Wir bleiben dabei“', annotator: 'me' };
    const result = accept(text, ['Anna Krüger'], [mine]);
    expect(result.document.relations).toEqual([expect.objectContaining({ type: 'source', from: 'q', to: 'n1' })]);
  });

  it('bulk: two quotes of one speaker make one speaker tag and two relations', () => {
    const text = '„Wir gewinnen“, sagte Kompany. „Ganz sicher, das verspreche ich.“';
    const result = accept(text, ['„Wir gewinnen“', '„Ganz sicher, das verspreche ich.“']);
    expect(result.document.annotations.map((a) => a.text)).toEqual(['„Wir gewinnen“', 'Kompany', '„Ganz sicher, das verspreche ich.“']);
    expect(result.document.relations).toHaveLength(2);
    expect(new Set(result.document.relations.map((r) => r.to)).size).toBe(1);
  });
});
