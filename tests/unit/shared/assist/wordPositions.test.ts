import { describe, expect, it } from 'vitest';
import { buildWordPositions, createWordPositions, type WordPositions } from '@shared/assist/wordPositions';

const found = (text: string, needle: string) => createWordPositions(text).find(needle).map((r) => text.slice(r.start, r.end) + '@' + r.start);

const cases: [string, string, string, string[]][] = [
  ['whole words only', 'Russland und Russlands Nachbarn; Russland.', 'Russland', ['Russland@0', 'Russland@33']],
  ['a phrase of several words', 'Anna Krüger sprach, dann Anna Krügers Sprecher.', 'Anna Krüger', ['Anna Krüger@0']],
  ['case-sensitive', 'Die Grünen und die grünen Wiesen.', 'Grünen', ['Grünen@4']],
  ['a quote starting with a mark', 'Er rief „Nie wieder“ und „Nie wieder“.', '„Nie wieder“', ['„Nie wieder“@8', '„Nie wieder“@25']],
  ['emoji before keeps UTF-16 positions', '😀 Verdi streikt, Verdi 🚌 fährt nicht.', 'Verdi', ['Verdi@3', 'Verdi@18']],
  ['NFD umlaut is part of the word', 'Mo\u0308rike und Mo\u0308rikes Plan.', 'Mo\u0308rike', ['Mo\u0308rike@0']],
  ['a phrase found by its rarer last word, starting on a word boundary', 'die Regierung, Sodie Regierung und die Regierungen; die Regierung.', 'die Regierung', ['die Regierung@0', 'die Regierung@52']],
  ['a phrase with an NFD umlaut and an emoji inside', 'Die Kröte 😀 und die Kröte 😀!', 'die Kröte 😀', ['die Kröte 😀@18']],
  ['not found', 'Nichts davon.', 'Putin', []],
  ['a needle starting with a space finds nothing', 'Anna und Anna.', ' Anna', []],
];

describe('createWordPositions', () => {
  it.each(cases)('%s', (_name, text, needle, expected) => {
    expect(found(text, needle)).toEqual(expected);
  });
});

describe('buildWordPositions', () => {
  it.each(cases)('built a few characters at a time finds the same: %s', (_name, text, needle, expected) => {
    for (const part of [1, 3, 7]) {
      const builder = buildWordPositions(text);
      let index: WordPositions | null = null;
      let parts = 0;
      while (!index) {
        index = builder.advance(part);
        parts++;
      }
      // A token is never cut between parts, and a short part indexes at least one token.
      expect(parts).toBeGreaterThan(1);
      expect(index.find(needle).map((r) => text.slice(r.start, r.end) + '@' + r.start)).toEqual(expected);
    }
  });

  it('answers nothing until the whole text is in, then the same index every time', () => {
    const builder = buildWordPositions('Ärger 😀 in Köln und Köln');
    expect(builder.advance(6)).toBeNull();
    const index = builder.advance(1000);
    expect(index?.find('Köln')).toEqual([
      { start: 12, end: 16 },
      { start: 21, end: 25 },
    ]);
    expect(builder.advance(1)).toBe(index);
  });
});
