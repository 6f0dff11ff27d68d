import { describe, expect, it } from 'vitest';
import { revealFormatCharacters } from '@shared/text/revealFormatCharacters';

describe('revealFormatCharacters', () => {
  it.each([
    ['a right-to-left override', 'x\u202Etxt.exe', 'x⟨U+202E⟩txt.exe'],
    ['isolates and marks', '\u2067a\u2069\u200F', '⟨U+2067⟩a⟨U+2069⟩⟨U+200F⟩'],
    ['an escape sequence', '\u001b[31mrot', '⟨U+001B⟩[31mrot'],
    ['a zero-width space and a BOM', 'a\u200Bb\uFEFF', 'a⟨U+200B⟩b⟨U+FEFF⟩'],
    ['an emoji ZWJ sequence (kept)', '👩\u200D💻 😀', '👩\u200D💻 😀'],
    ['an NFD umlaut (kept)', 'Mu\u0308ller', 'Mu\u0308ller'],
    ['plain German', 'Straße „Zitat“', 'Straße „Zitat“'],
  ])('shows %s visibly', (_name, value, expected) => {
    expect(revealFormatCharacters(value)).toBe(expected);
  });
});
