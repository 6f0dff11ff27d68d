import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '@shared/text/compareCodeUnits';

describe('compareCodeUnits', () => {
  it.each([
    ['ISO times in time order', '2026-11-20T09:59:59.999Z', '2026-11-20T10:00:00.000Z', -1],
    ['document ids, digits before letters', 'sha256:0f', 'sha256:a0', -1],
    ['a string before its extension', 'sha256:ab', 'sha256:abc', -1],
    ['equal strings', 'Köln', 'Köln', 0],
    ['an NFD umlaut (u + U+0308) before the NFC one (U+00FC), by code unit', 'Mu\u0308ller', 'Müller', -1],
    ['an emoji (surrogates, U+D83D…) after every BMP letter below U+D800', '📰', 'ÿ', 1],
  ])('%s', (_name, a, b, sign) => {
    expect(Math.sign(compareCodeUnits(a, b))).toBe(sign);
    expect(Math.sign(compareCodeUnits(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});
