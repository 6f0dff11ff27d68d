import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, escapeValue, splitDisambiguation, splitUnescaped, unescapeText, unescapeValue } from '@shared/formats/webannoEscaping';

describe('webannoEscaping', () => {
  it.each([
    ['reserved characters', 'a|b_c*d', 'a\\|b\\_c\\*d'],
    ['brackets and the arrow as one unit', '[x] -> y;', '\\[x\\] \\-> y\\;'],
    ['backslash, tab and line break', 'a\\b\tc\nd', 'a\\\\b\\tc\\nd'],
    ['an emoji and an NFD umlaut stay as they are', '😀 Mu\u0308ller', '😀 Mu\u0308ller'],
  ])('escapes feature values: %s', (_name, raw, escaped) => {
    expect(escapeValue(raw)).toBe(escaped);
    expect(unescapeValue(escaped)).toBe(raw);
  });

  it.each([
    ['tab, carriage return, backslash', 'a\tb\rc\\d', 'a\\tb\\rc\\\\d'],
    ['other control characters get a backslash before them', 'x\u0001y', 'x\\\u0001y'],
    ['reserved value characters stay in sentence text', 'a|b_[c]', 'a|b_[c]'],
  ])('escapes #Text= lines: %s', (_name, raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
    expect(unescapeText(escaped)).toBe(raw);
  });

  it('round-trips any value and any line', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(unescapeValue(escapeValue(s))).toBe(s);
      expect(unescapeText(escapeText(s))).toBe(s);
      expect(splitUnescaped(`${escapeValue(s)}|${escapeValue(s)}`, '|').map(unescapeValue)).toEqual([s, s]);
    }), { numRuns: 500 });
  });

  it('splits a disambiguation id only from an unescaped closing bracket', () => {
    expect(splitDisambiguation('actor[12]')).toEqual({ value: 'actor', id: '12' });
    expect(splitDisambiguation('a\\[b\\]')).toEqual({ value: 'a\\[b\\]' });
    expect(splitDisambiguation('a\\\\[3]')).toEqual({ value: 'a\\\\', id: '3' });
  });
});
