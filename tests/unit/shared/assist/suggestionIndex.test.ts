import { describe, expect, it } from 'vitest';
import { createSuggestionIndex } from '@shared/assist/suggestionIndex';
import { LEARN_PART, WORD_PART } from '@shared/assist/learningQueue';
import { suggestRules } from '@shared/assist/suggestRules';
import { createOffsetConverter } from '@shared/text/offsetConverter';

/** A tag of mine over the n-th occurrence of `quote` (code points), as the session keeps it. */
function tagOf(text: string, quote: string, label: string, id: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  const converter = createOffsetConverter(text);
  return { id, label, start: converter.utf16ToCodePoint(at), end: converter.utf16ToCodePoint(at + quote.length), text: quote };
}

const texts = (list: readonly { text: string; label: string }[]) => list.map((s) => `${s.label}:${s.text}`);

describe('createSuggestionIndex', () => {
  const cases = [
    ['plain', 'Anna Krüger kam am Dienstag. „Wir bleiben dabei“, sagte Krüger.'],
    ['emoji before everything', '😀 Anna Krüger kam am Dienstag. „Wir bleiben dabei“, sagte Krüger.'],
    ['NFD umlaut in the name', 'Anna Kru\u0308ger kam am Dienstag. „Wir bleiben dabei“, sagte Kru\u0308ger.'],
  ] as const;

  it.each(cases)('%s: my tag hides the suggestion it covers, deleting it shows it again, and each change reports only what it changed', (_name, text) => {
    const index = createSuggestionIndex(text);
    const all = index.setRules(suggestRules(text));
    expect(texts(all.added)).toContain('date:am Dienstag');
    expect(index.count()).toBe(all.added.length);
    const date = tagOf(text, 'am Dienstag', 'date', 't1');
    const tagged = index.updateMine([date]);
    expect(tagged.added).toEqual([]);
    expect(tagged.removed).toEqual([all.added.find((s) => s.text === 'am Dienstag')?.id]);
    expect(index.count('date')).toBe(0);
    const untagged = index.updateMine([]);
    expect(texts(untagged.added)).toEqual(['date:am Dienstag']);
    expect(index.count()).toBe(all.added.length);
  });

  it.each(cases.slice(0, 2))('%s: a string I tag here is suggested where it occurs again with my label, by the queued work, not the tag; untagging it takes that back', (_name, text) => {
    const index = createSuggestionIndex(text);
    index.setRules({ annotations: [], relations: [] });
    expect(index.updateMine([tagOf(text, 'Krüger', 'claim', 't1')]).added).toEqual([]);
    expect(index.pending()).toBe(true);
    expect(texts(index.work(() => true).added)).toEqual(['claim:Krüger']);
    expect(index.pending()).toBe(false);
    expect(index.visible()[0]?.suggester).toBe('learned');
    // Untagged, its own place shows nothing (not even for a frame); the other occurrence goes with the queued work.
    expect(index.updateMine([])).toEqual({ added: [], removed: [] });
    expect(index.work(() => true).removed).toHaveLength(1);
    expect(index.count()).toBe(0);
  });

  it('a string learned in NFD (from an imported file) matches the canonical NFC text', () => {
    const text = '😀 Anna Krüger kam. Dann sprach Krüger.';
    const index = createSuggestionIndex(text);
    index.setRules({ annotations: [], relations: [] });
    index.setLearned([{ label: 'actor', text: 'Kru\u0308ger' }]);
    expect(texts(index.work(() => true).added)).toEqual(['actor:Krüger', 'actor:Krüger']);
    expect(index.visible().map((s) => [s.start, s.end])).toEqual([[7, 13], [31, 37]]);
  });

  it('strings learned elsewhere are suggested; a rejected (label, string) is hidden everywhere in the text and comes back when un-rejected', () => {
    const text = '🎉 Die Bundesnetzagentur prüft. Später prüfte die Bundesnetzagentur erneut.';
    const index = createSuggestionIndex(text);
    index.setRules({ annotations: [], relations: [] });
    index.setLearned([{ label: 'actor', text: 'Bundesnetzagentur' }]);
    expect(texts(index.work(() => true).added)).toEqual(['actor:Bundesnetzagentur', 'actor:Bundesnetzagentur']);
    expect(index.reject({ label: 'actor', text: 'Bundesnetzagentur' }).removed).toHaveLength(2);
    expect(index.isRejected({ label: 'actor', text: 'Bundesnetzagentur' })).toBe(true);
    expect(index.count()).toBe(0);
    expect(index.unreject({ label: 'actor', text: 'Bundesnetzagentur' }).added).toHaveLength(2);
    index.setLearned([]);
    expect(index.work(() => true).removed).toHaveLength(2);
  });

  it('"__proto__" and "constructor" are strings like any other', () => {
    const text = 'Er schrieb __proto__ und constructor.';
    const index = createSuggestionIndex(text);
    index.setRules({ annotations: [], relations: [] });
    index.setLearned([{ label: 'claim', text: '__proto__' }, { label: 'claim', text: 'constructor' }]);
    index.work(() => true);
    expect(texts(index.visible())).toEqual(['claim:__proto__', 'claim:constructor']);
  });

  it('J/K visit shown suggestions in text order, wrap around, and move on from one that was decided', () => {
    const text = 'Am Montag kam Anna Krüger, am Dienstag Olaf Scholz.';
    const index = createSuggestionIndex(text);
    index.setRules(suggestRules(text));
    const order = index.visible().map((s) => s.text);
    const first = index.neighbour(null, 1);
    expect(first?.text).toBe(order[0]);
    expect(index.neighbour(null, -1)?.text).toBe(order[order.length - 1]);
    expect(index.neighbour(index.visible()[order.length - 1] ?? null, 1)?.text).toBe(order[0]);
    // After the first is tagged, moving on from it finds the second.
    index.updateMine([tagOf(text, order[0] as string, (first?.label) as string, 't1')]);
    expect(index.neighbour(first ?? null, 1)?.text).toBe(order[1]);
  });
});

describe('createSuggestionIndex at scale', () => {
  const text = Array.from({ length: 5000 }, (_, k) => `Die Regierung 😀 tagte am Mo\u0308ntag ${k}.`).join('\n');
  /** Runs the queued work one part per call, as idle slices do; returns each part's patch. */
  const parts = (index: ReturnType<typeof createSuggestionIndex>) => {
    const out = [];
    while (index.pending()) out.push(index.work(() => false));
    return out;
  };

  it('tagging a word that occurs thousands of times hides only what the tag covers at once; its other occurrences come in parts of a bounded size', () => {
    const index = createSuggestionIndex(text);
    index.setRules(suggestRules(text));
    const before = index.count();
    const patch = index.updateMine([tagOf(text, 'Regierung', 'claim', 't1')]);
    expect(patch).toEqual({ added: [], removed: [] });
    const done = parts(index);
    // The word index of 180,000 characters takes parts of WORD_PART units, the 4,999 occurrences parts of LEARN_PART.
    expect(done.length).toBeGreaterThanOrEqual(Math.ceil(4999 / LEARN_PART) + Math.floor(text.length / WORD_PART));
    expect(Math.max(...done.map((p) => p.added.length))).toBeLessThanOrEqual(LEARN_PART);
    expect(done.flatMap((p) => p.added)).toHaveLength(4999);
    expect(index.count()).toBe(before + 4999);
    index.setRules(suggestRules(text));
    expect(index.visible()).toHaveLength(new Set(index.visible().map((s) => s.id)).size);
    expect(index.count()).toBe(index.visible().length);
  });

  it('a tag deleted while its string is still being learned leaves no learned suggestion behind; tagged again, all come back', () => {
    const index = createSuggestionIndex(text);
    index.setRules({ annotations: [], relations: [] });
    const tag = tagOf(text, 'Regierung', 'claim', 't1');
    index.updateMine([tag]);
    // Past the word index, part way through the occurrences.
    for (let part = 0; part < Math.ceil(text.length / WORD_PART) + 3; part++) index.work(() => false);
    expect(index.count()).toBeGreaterThan(0);
    index.updateMine([]);
    parts(index);
    expect(index.count()).toBe(0);
    index.updateMine([tag]);
    parts(index);
    expect(index.count()).toBe(4999);
    expect(index.visible().every((s) => s.text === 'Regierung' && s.suggester === 'learned')).toBe(true);
  });
});
