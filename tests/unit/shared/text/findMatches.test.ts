import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { findMatches, foldCase } from '@shared/text/findMatches';

const ARTICLE = readFileSync(new URL('../../../../shared/corpus/000_2010653594c6cf10.txt', import.meta.url), 'utf8');

/** The matched substrings, to read tables at a glance. */
const hitsOf = (text: string, query: string) => findMatches(text, query).map(({ start, end }) => [start, text.slice(start, end)]);

describe('findMatches', () => {
  it.each([
    { name: 'lower-case query finds capitalised word', text: 'Russland und russland', query: 'russland', hits: [[0, 'Russland'], [13, 'russland']] },
    { name: 'upper-case query', text: 'Der Kreml', query: 'KREML', hits: [[4, 'Kreml']] },
    { name: '"a" never finds "ä" (NFC)', text: 'Bär Bar', query: 'a', hits: [[5, 'a']] },
    { name: '"a" never finds the a of NFD "a\\u0308"', text: 'Ba\u0308r Bar', query: 'a', hits: [[6, 'a']] },
    { name: 'umlaut query is case-insensitive too', text: 'Über über', query: 'ÜBER', hits: [[0, 'Über'], [5, 'über']] },
    { name: 'NFD query finds NFC canonical text', text: 'Müller', query: 'Mu\u0308ller', hits: [[0, 'Müller']] },
    { name: 'NFD text with an NFD-decomposable query: whole cluster only', text: 'Mu\u0308ller Mull', query: 'mu', hits: [[8, 'Mu']] },
    { name: 'offsets are UTF-16 after an emoji', text: '😀 Putin 👍🏽 Putin', query: 'putin', hits: [[3, 'Putin'], [14, 'Putin']] },
    { name: 'an emoji without its skin tone is not a hit inside 👍🏽', text: '👍🏽 und 👍', query: '👍', hits: [[9, '👍']] },
    { name: 'İ keeps every later offset correct', text: 'İstanbul, İzmir und Izmir', query: 'izmir', hits: [[20, 'Izmir']] },
    { name: 'İ finds itself', text: 'İstanbul İzmir', query: 'İzmir', hits: [[9, 'İzmir']] },
    { name: 'ß is not expanded to ss', text: 'Straße STRASSE', query: 'strasse', hits: [[7, 'STRASSE']] },
    { name: 'capital sharp s folds to ß', text: 'STRAẞE', query: 'straße', hits: [[0, 'STRAẞE']] },
    { name: 'non-overlapping, left to right', text: 'aaaaa', query: 'aa', hits: [[0, 'aa'], [2, 'aa']] },
    { name: 'across a line break', text: 'Ende.\nAnfang', query: '.\nanf', hits: [[4, '.\nAnf']] },
    { name: 'Greek capital sigma anywhere', text: 'ΟΔΟΣ', query: 'οδοσ', hits: [[0, 'ΟΔΟΣ']] },
    { name: 'no hit', text: 'Moskau', query: 'Berlin', hits: [] },
    { name: 'empty query', text: 'abc', query: '', hits: [] },
    { name: 'whitespace query', text: 'a b \n c', query: ' \n', hits: [] },
  ])('$name', ({ text, query, hits }) => {
    expect(hitsOf(text, query)).toEqual(hits);
  });

  it('finds every "Russland" in the built-in article', () => {
    const hits = findMatches(ARTICLE, 'russland');
    expect(hits).toHaveLength(ARTICLE.split('Russland').length - 1);
    for (const h of hits) expect(ARTICLE.slice(h.start, h.end)).toBe('Russland');
  });

  it('agrees with a naive lower-case scan on ASCII text (property)', () => {
    const ascii = (max: number) => fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', ' '), maxLength: max });
    fc.assert(fc.property(ascii(40), ascii(4), (text, query) => {
      const expected: Array<{ start: number; end: number }> = [];
      if (query.trim() !== '') {
        const t = text.toLowerCase();
        const q = query.toLowerCase();
        for (let i = t.indexOf(q); i !== -1; i = t.indexOf(q, i + q.length)) expected.push({ start: i, end: i + q.length });
      }
      expect(findMatches(text, query)).toEqual(expected);
    }));
  });

  it('returns ranges whose slices fold to the query, for any text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), (text, query) => {
      let last = 0;
      for (const { start, end } of findMatches(text, query)) {
        expect(start).toBeGreaterThanOrEqual(last);
        expect(foldCase(text.slice(start, end))).toBe(foldCase(query.normalize('NFC')));
        last = end;
      }
    }));
  });

  it('answers each text on its own when queries alternate between texts of one length', () => {
    const a = 'Straße 😀 Müller';
    const b = 'Müller 😀 Straße';
    expect(findMatches(a, 'müller')).toEqual([{ start: 10, end: 16 }]);
    expect(findMatches(b, 'müller')).toEqual([{ start: 0, end: 6 }]);
    expect(findMatches(a, 'STRASSE')).toEqual([]);
    expect(findMatches(a, 'straße')).toEqual([{ start: 0, end: 6 }]);
    expect(findMatches(b, 'Mu\u0308ller')).toEqual([{ start: 0, end: 6 }]);
  });

  it('handles 1M characters quickly', () => {
    let big = '';
    while (big.length < 1_000_000) big += `${ARTICLE}\n😀 İ `;
    const t0 = performance.now();
    const hits = findMatches(big, 'russland');
    const ms = performance.now() - t0;
    expect(hits.length).toBe(big.split('Russland').length - 1);
    expect(ms).toBeLessThan(1000);
  });
});

describe('findMatches on several texts', () => {
  /** Calls of toLowerCase on a string at least `min` long while `run` runs: a refold of a long text lowers it whole. */
  function longLowerings(min: number, run: () => void): number {
    const spy = vi.spyOn(String.prototype, 'toLowerCase');
    try {
      run();
      return spy.mock.contexts.filter((s) => String(s).length >= min).length;
    } finally {
      spy.mockRestore();
    }
  }

  it('does not fold a document again after searches in a few other texts, and finds the same hits', () => {
    const doc = `😀 Der Zollstreit in München. ${'Wort '.repeat(4000)}Zollstreit!`;
    const others = ['Zollstreit in Köln 📰', 'ZOLLSTREIT', 'Mu\u0308ller und der Zollstreit'];
    const before = findMatches(doc, 'zollstreit');
    expect(before).toHaveLength(2);
    for (const other of others) expect(findMatches(other, 'Zollstreit')).toHaveLength(1);
    let again: ReturnType<typeof findMatches> = [];
    expect(longLowerings(doc.length, () => (again = findMatches(doc, 'Zollstreit')))).toBe(0);
    expect(again).toEqual(before);
    // An NFD query finds the (canonical, composed) text's word.
    expect(findMatches(doc, 'mu\u0308nchen')).toEqual([{ start: 21, end: 28 }]);
  });

  it('folds a text again once enough other texts were searched since', () => {
    const doc = `Ä ${'Satz. '.repeat(3000)}ende`;
    findMatches(doc, 'ende');
    for (let i = 0; i < 6; i++) findMatches(`Text ${i} 👍🏽`, 'text');
    expect(longLowerings(doc.length, () => findMatches(doc, 'ende'))).toBe(1);
  });
});

describe('foldCase', () => {
  it('keeps the length and lowers per character (İ kept, Σ -> σ everywhere)', () => {
    expect(foldCase('İSTANBUL ΟΔΟΣ Ä 😀')).toBe('İstanbul οδοσ ä 😀');
    expect(foldCase('ABC')).toBe('abc');
  });

  it('folds per position: a prefix folds the same whatever follows it (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      // A following İ or Σ must not change how the prefix folds (no context, no length change).
      expect(foldCase(`${s}\u0130`).slice(0, s.length)).toBe(foldCase(s));
      expect(foldCase(`${s}\u03a3`).slice(0, s.length)).toBe(foldCase(s));
      expect(foldCase(s)).toHaveLength(s.length);
      expect(Array.from(s, (ch) => foldCase(ch)).join('')).toBe(foldCase(s));
    }));
  });
});
