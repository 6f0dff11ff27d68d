import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import {
  NOTE_MAX_LENGTH,
  addAnnotations,
  cleanNote,
  compareAnnotations,
  removeAnnotations,
  retagAnnotation,
  setAnnotationNote,
  sortAnnotations,
} from '@shared/annotation/annotationList';
import { LATER, MIXED, annotate, frozen } from './fixtures';

const putin = annotate(MIXED, 'Putin', 'actor', 'a-putin');
const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'b-mueller');
const claim = annotate(MIXED, 'Putin traf Mu\u0308ller', 'claim', 'c-claim');
const date = annotate(MIXED, '3. März', 'date', 'd-date');
const moskau = annotate(MIXED, 'Moskau', 'actor', 'e-moskau');
const sorted = frozen([claim, putin, mueller, date, moskau]);

const ids = (list: readonly Annotation[]) => list.map((a) => a.id);

describe('sortAnnotations / compareAnnotations', () => {
  it('orders by start, then end, then label, then id (code unit order) without touching the input', () => {
    const span = { start: 2, end: 5, text: 'x', annotator: 't' };
    const input = frozen([
      { ...span, id: 'z', label: 'quote' },
      { ...span, id: 'b', label: 'actor' },
      { ...span, id: 'a', label: 'actor' },
      { ...span, id: 'y', label: 'quote', end: 4 },
      { ...span, id: 'x', label: 'date', start: 1, end: 9 },
    ]);
    expect(ids(sortAnnotations(input))).toEqual(['x', 'y', 'a', 'b', 'z']);
    expect(ids(input)).toEqual(['z', 'b', 'a', 'y', 'x']);
  });

  it('puts the enclosing claim before the actor starting at the same code point (after the emoji)', () => {
    expect(claim.start).toBe(putin.start);
    expect(putin.start).toBe(3); // 👍🏽 is 2 code points + space
    expect(compareAnnotations(putin, claim)).toBeLessThan(0); // shorter end first
    expect(ids(sortAnnotations([moskau, claim, date, mueller, putin]))).toEqual(['a-putin', 'c-claim', 'b-mueller', 'd-date', 'e-moskau']);
  });
});

describe('addAnnotations', () => {
  const base = frozen(sortAnnotations([putin, mueller, moskau]));

  it('merges new annotations into text order and returns a new array', () => {
    const out = addAnnotations(base, [date, claim]);
    expect(ids(out)).toEqual(ids(sortAnnotations([putin, mueller, moskau, date, claim])));
    expect(ids(base)).toEqual(['a-putin', 'b-mueller', 'e-moskau']);
  });

  it('replaces an annotation whose id is already present, keeping ids unique', () => {
    const moved = { ...date, id: 'a-putin' };
    const out = addAnnotations(base, [moved]);
    expect(ids(out)).toEqual(['b-mueller', 'a-putin', 'e-moskau']);
    expect(out[1]).toBe(moved);
  });

  it('returns the same list for an empty addition (no history step)', () => {
    expect(addAnnotations(base, [])).toBe(base);
  });
});

describe('removeAnnotations', () => {
  it('removes many at once and keeps the rest in order', () => {
    expect(ids(removeAnnotations(sorted, ['c-claim', 'd-date']))).toEqual(['a-putin', 'b-mueller', 'e-moskau']);
  });

  it('returns the same list when no id matches', () => {
    expect(removeAnnotations(sorted, ['nope'])).toBe(sorted);
    expect(removeAnnotations(sorted, [])).toBe(sorted);
  });
});

describe('retagAnnotation', () => {
  it('changes the label and updatedAt only, and re-sorts (label is a sort key)', () => {
    const span = { start: 0, end: 2, text: '👍🏽', annotator: 't', createdAt: 'c' };
    const list = frozen(sortAnnotations([{ ...span, id: '1', label: 'actor' }, { ...span, id: '2', label: 'claim' }]));
    const out = retagAnnotation(list, '1', 'date', LATER);
    expect(out.map((a) => [a.id, a.label])).toEqual([['2', 'claim'], ['1', 'date']]);
    expect(out[1]).toEqual({ ...span, id: '1', label: 'date', updatedAt: LATER });
  });

  it('keeps offsets, quote and context (NFD umlaut span)', () => {
    const out = retagAnnotation(sorted, 'b-mueller', 'quote', LATER);
    const { label: _l, updatedAt: _u, ...before } = mueller;
    expect(out.find((a) => a.id === 'b-mueller')).toEqual({ ...before, label: 'quote', updatedAt: LATER });
  });

  it('returns the same list for an unknown id or an unchanged label', () => {
    expect(retagAnnotation(sorted, 'nope', 'date', LATER)).toBe(sorted);
    expect(retagAnnotation(sorted, 'a-putin', 'actor', LATER)).toBe(sorted);
  });
});

describe('setAnnotationNote', () => {
  it('sets a trimmed note and updatedAt', () => {
    const out = setAnnotationNote(sorted, 'd-date', '  prüfen 😀 \n', LATER);
    expect(out.find((a) => a.id === 'd-date')).toMatchObject({ note: 'prüfen 😀', updatedAt: LATER });
    expect(sorted.find((a) => a.id === 'd-date')?.note).toBeUndefined();
  });

  it('removes the field for an empty or whitespace note', () => {
    const noted = setAnnotationNote(sorted, 'd-date', 'x', LATER);
    const cleared = setAnnotationNote(noted, 'd-date', ' \n ', LATER);
    expect('note' in (cleared.find((a) => a.id === 'd-date') ?? {})).toBe(false);
  });

  it('returns the same list when the cleaned note is unchanged or the id is unknown', () => {
    const noted = setAnnotationNote(sorted, 'd-date', 'x', LATER);
    expect(setAnnotationNote(noted, 'd-date', ' x ', LATER)).toBe(noted);
    expect(setAnnotationNote(sorted, 'd-date', '   ', LATER)).toBe(sorted);
    expect(setAnnotationNote(sorted, 'nope', 'x', LATER)).toBe(sorted);
  });

  it('cuts notes to NOTE_MAX_LENGTH code units without splitting a surrogate pair', () => {
    expect(cleanNote('a'.repeat(NOTE_MAX_LENGTH + 5))).toHaveLength(NOTE_MAX_LENGTH);
    const emojiAtEdge = `${'a'.repeat(NOTE_MAX_LENGTH - 1)}😀tail`;
    expect(cleanNote(emojiAtEdge)).toBe('a'.repeat(NOTE_MAX_LENGTH - 1));
    const nfd = 'u\u0308'.repeat(NOTE_MAX_LENGTH);
    // Composed first, then cut: NOTE_MAX_LENGTH "ü", not half as many letters with their accents.
    expect(cleanNote(nfd)).toBe('\u00fc'.repeat(NOTE_MAX_LENGTH));
  });

  // Notes are stored NFC, as texts are: however an umlaut was typed, the note holds one spelling.
  it.each([
    ['an NFD umlaut', 'Jo\u0308rdis fragen', 'J\u00f6rdis fragen'],
    ['NFD at both ends, trimmed', ' u\u0308ber Mu\u0308ller ', '\u00fcber M\u00fcller'],
    ['an emoji beside an NFD letter', '😀 a\u0308', '😀 \u00e4'],
    ['already NFC', 'prüfen', 'prüfen'],
  ])('stores %s as NFC', (_, typed, stored) => {
    const out = setAnnotationNote(sorted, 'd-date', typed, LATER);
    expect(out.find((a) => a.id === 'd-date')?.note).toBe(stored);
  });

  it('treats the same note typed decomposed as unchanged', () => {
    const noted = setAnnotationNote(sorted, 'd-date', 'J\u00f6rdis', LATER);
    expect(setAnnotationNote(noted, 'd-date', 'Jo\u0308rdis', LATER)).toBe(noted);
  });
});

describe('addAnnotations, removeAnnotations, retagAnnotation (property: one change equals sorting from scratch)', () => {
  const arb = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    label: fc.constantFrom('claim', 'actor'),
    start: fc.nat(20),
    len: fc.integer({ min: 1, max: 5 }),
  }).map(({ id, label, start, len }): Annotation => ({ id, label, start, end: start + len, text: 'x', annotator: 't' }));
  const unique = fc.uniqueArray(arb, { selector: (a) => a.id });

  it('adding one tag (a key press) equals sorting the union, the added id winning', () => {
    fc.assert(fc.property(unique, arb, (xs, y) => {
      const list = frozen(sortAnnotations(xs));
      expect(addAnnotations(list, [y])).toEqual(sortAnnotations([...xs.filter((a) => a.id !== y.id), y]));
    }));
  });

  it('removing one or several ids equals filtering, and gives back the list itself when none is there', () => {
    fc.assert(fc.property(unique, fc.array(fc.constantFrom<string>('a', 'b', 'c', 'x')), (xs, ids) => {
      const list = frozen(sortAnnotations(xs));
      const out = removeAnnotations(list, ids);
      expect(out).toEqual(list.filter((a) => !ids.includes(a.id)));
      if (!list.some((a) => ids.includes(a.id))) expect(out).toBe(list);
    }));
  });

  it('retagging equals changing the label and sorting again', () => {
    fc.assert(fc.property(unique, fc.constantFrom('a', 'b', 'x'), fc.constantFrom('claim', 'actor', 'date'), (xs, id, label) => {
      const list = frozen(sortAnnotations(xs));
      const old = list.find((a) => a.id === id);
      const expected = old === undefined || old.label === label ? list : sortAnnotations(list.map((a) => (a.id === id ? { ...a, label, updatedAt: LATER } : a)));
      expect(retagAnnotation(list, id, label, LATER)).toEqual(expected);
    }));
  });

  it('adding many equals sorting the union with added ids winning, for any lists', () => {
    fc.assert(fc.property(unique, fc.array(arb), (xs, ys) => {
      const list = frozen(sortAnnotations(xs));
      const lastWins = new Map(ys.map((a) => [a.id, a]));
      const expected = sortAnnotations([...xs.filter((a) => !lastWins.has(a.id)), ...lastWins.values()]);
      expect(addAnnotations(list, ys)).toEqual(expected);
    }));
  });
});
