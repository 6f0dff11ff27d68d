import { describe, expect, it } from 'vitest';
import { splitLongTokens } from '../../../../renderer/ui/splitLongTokens';

const ID = `sha256:${'2eb4a1a5'.repeat(8)}`;

describe('splitLongTokens', () => {
  it.each([
    ['a document id inside parentheses, the sentence’s period left out', `Die ID ist (dessen ID ist ${ID}).`, [`Die ID ist (dessen ID ist `, `#${ID}`, ').']],
    ['an id at the start and a colon after it', `${ID}: passt nicht`, [`#${ID}`, ': passt nicht']],
    ['short words stay prose, an emoji and an NFD umlaut included', 'Mu\u0308ller sagte 😀 „Ja“.', ['Mu\u0308ller sagte 😀 „Ja“.']],
    ['a long token made of emoji and NFD letters counts code points', `x ${'😀'.repeat(13)}${'u\u0308'.repeat(6)} y`, ['x ', `#${'😀'.repeat(13)}${'u\u0308'.repeat(6)}`, ' y']],
    ['24 code points are still a word', `${'a'.repeat(24)}.`, [`${'a'.repeat(24)}.`]],
    ['two ids in one sentence', `${ID} ≠ ${ID}`, [`#${ID}`, ' ≠ ', `#${ID}`]],
    ['an empty text', '', []],
  ])('%s', (_case, text, expected) => {
    const pieces = splitLongTokens(text);
    expect(pieces.map((p) => (p.long ? `#${p.text}` : p.text))).toEqual(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
