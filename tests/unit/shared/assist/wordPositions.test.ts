import { describe, expect, it } from 'vitest';
import { createWordPositions } from '@shared/assist/wordPositions';

const found = (text: string, needle: string) => createWordPositions(text).find(needle).map((r) => text.slice(r.start, r.end) + '@' + r.start);

describe('createWordPositions', () => {
  it.each([
    ['whole words only', 'Russland und Russlands Nachbarn; Russland.', 'Russland', ['Russland@0', 'Russland@33']],
    ['a phrase of several words', 'Anna Krüger sprach, dann Anna Krügers Sprecher.', 'Anna Krüger', ['Anna Krüger@0']],
    ['case-sensitive', 'Die Grünen und die grünen Wiesen.', 'Grünen', ['Grünen@4']],
    ['a quote starting with a mark', 'Er rief „Nie wieder“ und „Nie wieder“.', '„Nie wieder“', ['„Nie wieder“@8', '„Nie wieder“@25']],
    ['emoji before keeps UTF-16 positions', '😀 Verdi streikt, Verdi 🚌 fährt nicht.', 'Verdi', ['Verdi@3', 'Verdi@18']],
    ['NFD umlaut is part of the word', 'Mo\u0308rike und Mo\u0308rikes Plan.', 'Mo\u0308rike', ['Mo\u0308rike@0']],
    ['not found', 'Nichts davon.', 'Putin', []],
  ])('%s', (_name, text, needle, expected) => {
    expect(found(text, needle)).toEqual(expected);
  });
});
