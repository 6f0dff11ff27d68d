import { describe, expect, it } from 'vitest';
import { quoteForMessage, withoutOuterMarks } from '@shared/annotation/quoteForMessage';

describe('quoteForMessage', () => {
  it.each([
    ['a short quote stays whole', 'Wladimir Putin', 'Wladimir Putin'],
    ['a long one is cut at a word', 'Die Demokratische Volksrepublik Korea', 'Die Demokratische …'],
    ['line breaks become spaces', 'im Juni.\nKim Jong-un', 'im Juni. Kim Jong-un'],
    ['an emoji with skin tone counts as one', '👍🏽'.repeat(24), '👍🏽'.repeat(24)],
    ['one long word is cut between graphemes', '👍🏽'.repeat(30), `${'👍🏽'.repeat(20)}…`],
    ['an NFD umlaut is never split', `${'Mu\u0308ller'.repeat(6)} ok`, `${'Mu\u0308ller'.repeat(3)}Mu\u0308…`],
    ['a short first word takes the next one with it', 'die sicherheitspolitische Kooperation nicht gegen Drittländer gerichtet sei', 'die sicherheitspolitische …'],
    ['an NFD umlaut in the first words is kept whole', 'Frau Mu\u0308ller sagt nichts dazu, heute', 'Frau Mu\u0308ller sagt nichts …'],
    ['a short word before a very long one is cut between graphemes', 'die Donaudampfschifffahrtsgesellschaftskapitänsmütze liegt hier', 'die Donaudampfschiff…'],
    ['an emoji quote with words keeps whole words', 'Er sagte 👍🏽👍🏽 und ging dann nach Hause zurück', 'Er sagte 👍🏽👍🏽 und ging …'],
    // Every message sets the quote in marks: a quote's own marks would show twice („„Wir …“ …“).
    ['a „…“ quote loses its own marks', '„Wir sind da.“', 'Wir sind da.'],
    ['a long „…“ quote loses its opening mark and is cut at a word', '„Wir sind an einer schnellen Einigung interessiert.“', 'Wir sind an einer …'],
    ['a »…« quote loses its own marks', '»Ja, so ist es«', 'Ja, so ist es'],
    ['a ‚…‘ quote with an emoji loses its marks, the emoji is kept whole', '‚Wir feiern 👍🏽‘', 'Wir feiern 👍🏽'],
    ['an NFD „…“ quote loses its marks, the umlaut is kept whole', '„Mu\u0308ller kommt“', 'Mu\u0308ller kommt'],
    ['a "…" quote loses its own marks', '"Nein."', 'Nein.'],
    ['marks inside the text stay', 'Er sagte „ja“', 'Er sagte „ja“'],
    ['a text of marks only is kept', '„“', '„“'],
  ])('%s', (_name, text, expected) => {
    expect(quoteForMessage(text)).toBe(expected);
  });
});

describe('withoutOuterMarks', () => {
  it.each([
    ['„…“ marks go, a long quote stays whole', '„Wir sind an einer schnellen Einigung interessiert.“', 'Wir sind an einer schnellen Einigung interessiert.'],
    ['»…« with an emoji', '»Wir feiern 👍🏽«', 'Wir feiern 👍🏽'],
    ['an NFD umlaut is kept', '“Mu\u0308ller kommt”', 'Mu\u0308ller kommt'],
    ['a name without marks is unchanged', 'Wladimir Putin', 'Wladimir Putin'],
    ['marks only are kept', '»«', '»«'],
  ])('%s', (_name, text, expected) => {
    expect(withoutOuterMarks(text)).toBe(expected);
  });
});
