import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeGerman } from '@shared/text/germanTokenizer';
import { trickyText } from './textArbitraries';

function words(text: string): string[] {
  return tokenizeGerman(text).map((t) => text.slice(t.start, t.end));
}

describe('tokenizeGerman', () => {
  it.each([
    ['abbreviations with a space keep their periods', 'z. B. heute', ['z.', 'B.', 'heute']],
    ['abbreviations without a space are one token', 'z.B. und d.h. sowie u.a.', ['z.B.', 'und', 'd.h.', 'sowie', 'u.a.']],
    ['titles and numbers', 'Dr. Müller wohnt in Nr. 7.', ['Dr.', 'Müller', 'wohnt', 'in', 'Nr.', '7', '.']],
    ['decimal commas and thousands points', '4,5 Prozent von 1.000 Euro', ['4,5', 'Prozent', 'von', '1.000', 'Euro']],
    ['a date keeps its ordinal point', 'am 3. März 2025', ['am', '3.', 'März', '2025']],
    ['an ordinal after a cue word', 'im 19. Jahrhundert', ['im', '19.', 'Jahrhundert']],
    ['a year at a sentence end loses its point', 'Er kam 2020. Dann ging er.', ['Er', 'kam', '2020', '.', 'Dann', 'ging', 'er', '.']],
    ['German quotation marks are tokens', '„Ja“, sagte sie.', ['„', 'Ja', '“', ',', 'sagte', 'sie', '.']],
    ['single quotes and apostrophes', '‚so‘ geht’s', ['‚', 'so', '‘', 'geht’s']],
    ['an emoji with a skin tone is one token', 'Gut👍🏽!', ['Gut', '👍🏽', '!']],
    ['a ZWJ family and a flag are one token each', '👨‍👩‍👧 🇩🇪', ['👨‍👩‍👧', '🇩🇪']],
    ['an emoji before a word', '😀 Kim', ['😀', 'Kim']],
    ['NFD umlauts stay in their word', 'Mu\u0308ller und Go\u0308ttingen', ['Mu\u0308ller', 'und', 'Go\u0308ttingen']],
    ['hyphenated words and elisions', 'CDU-Chef, Bundes- und Landesrecht', ['CDU-Chef', ',', 'Bundes-', 'und', 'Landesrecht']],
    ['repeated punctuation reads as one mark', 'Wirklich?! Na ja...', ['Wirklich', '?!', 'Na', 'ja', '...']],
    ['times and brackets', '(um 12:30 Uhr)', ['(', 'um', '12:30', 'Uhr', ')']],
    ['a dash between spaces', 'Berlin – Paris', ['Berlin', '–', 'Paris']],
    ['web addresses stay whole', 'siehe www.tagwerk.de.', ['siehe', 'www.tagwerk.de', '.']],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('counts UTF-16 units: the token after an emoji starts at 3', () => {
    expect(tokenizeGerman('😀 Kim')).toEqual([{ start: 0, end: 2 }, { start: 3, end: 6 }]);
  });

  it('covers every character that is not white space, in order, without overlap', () => {
    fc.assert(
      fc.property(trickyText(80), (text) => {
        const tokens = tokenizeGerman(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(at, t.start)).toMatch(/^\s*$/u);
          expect(text.slice(t.start, t.end)).not.toMatch(/\s/u);
          at = t.end;
        }
        expect(text.slice(at)).toMatch(/^\s*$/u);
      }),
      { numRuns: 500 },
    );
  });

  it('never splits a surrogate pair or separates a combining mark from its character', () => {
    fc.assert(
      fc.property(trickyText(80), (text) => {
        for (const t of tokenizeGerman(text)) {
          for (const edge of [t.start, t.end]) {
            const before = text.charCodeAt(edge - 1);
            const after = text.charCodeAt(edge);
            expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
          }
          if (t.start > 0 && !/\s/u.test(text[t.start - 1] as string)) expect(text.slice(t.start, t.end)).not.toMatch(/^\p{M}/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});
