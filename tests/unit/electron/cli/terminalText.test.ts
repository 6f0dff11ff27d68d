import { describe, expect, it } from 'vitest';
import { terminalText } from '../../../../electron/cli/terminalText';

describe('terminalText', () => {
  it.each([
    ['an escape sequence in a title', 'title \u001b]0;pwned\u0007 end\n', 'title \\u001b]0;pwned\\u0007 end\n'],
    ['a right-to-left override', 'x\u202Etxt.exe\n', 'x\\u202etxt.exe\n'],
    ['a carriage return that would overwrite the line', 'ok\rFAKE\n', 'ok\\u000dFAKE\n'],
    ['a lone surrogate', 'a\uD800b\n', 'a\\ud800b\n'],
    ['tabs and line breaks between lines (kept)', 'a\tb\nc\n', 'a\tb\nc\n'],
    ['an emoji and an NFD umlaut (kept)', 'Mu\u0308ller 😀\n', 'Mu\u0308ller 😀\n'],
  ])('escapes %s', (_name, text, expected) => {
    expect(terminalText(text)).toBe(expected);
  });
});
