import { describe, expect, it } from 'vitest';
import { germanSentences, type KeepTogether } from '@shared/text/germanSentences';
import { tokenizeGerman } from '@shared/text/germanTokenizer';

function sentences(text: string, keepTogether: readonly KeepTogether[] = []): string[] {
  const tokens = tokenizeGerman(text);
  return germanSentences(text, tokens, keepTogether).map((s) => text.slice(tokens[s.first]?.start, tokens[s.last]?.end));
}

describe('germanSentences', () => {
  it.each([
    ['splits after a period before a capital', 'Er kam. Sie ging.', ['Er kam.', 'Sie ging.']],
    ['not after abbreviations or ordinals', 'Dr. Müller kam z. B. am 3. März. Dann nicht.', ['Dr. Müller kam z. B. am 3. März.', 'Dann nicht.']],
    ['keeps closing quotes with their sentence', '„Ja.“ Dann ging er.', ['„Ja.“', 'Dann ging er.']],
    ['not before a lower-case continuation', '„Ja!“ sagte er. Gut?! ja.', ['„Ja!“ sagte er.', 'Gut?! ja.']],
    ['at every line break', 'Titel ohne Punkt\nErster Satz\n\nZweiter', ['Titel ohne Punkt', 'Erster Satz', 'Zweiter']],
    ['with an emoji and an NFD umlaut', '😀 Mu\u0308ller kam. 👍 Gut.', ['😀 Mu\u0308ller kam.', '👍 Gut.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('never splits inside a range kept together', () => {
    const text = 'Er sagte: Es kam. Dann ging er.';
    expect(sentences(text, [{ start: 10, end: 23 }])).toEqual(['Er sagte: Es kam. Dann ging er.']);
  });

  it('gives no sentence for a text without tokens', () => {
    expect(sentences(' \n ')).toEqual([]);
  });
});
