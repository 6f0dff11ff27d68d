import { describe, expect, it } from 'vitest';
import { charKappaCells } from '@shared/agreement/charKappaCells';

const span = (id: string, label: string, start: number, end: number) => ({ id, label, start, end });

describe('charKappaCells', () => {
  it('skips exactly the code points JS \\s matches, counting an emoji or an NFD umlaut per code point', () => {
    // Every whitespace JS \s knows, between letters; then an emoji (one code point, two UTF-16 units) and NFD "ü" (two code points).
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const text = `a${spaces}b📰u\u0308`;
    const length = Array.from(text).length;
    const nonSpace = Array.from(text).filter((ch) => !/\s/.test(ch)).length;
    const cells = charKappaCells(text, [span('x', 'claim', 0, length)], [], ['claim']);
    expect(cells.positions).toBe(nonSpace);
    expect(cells.perLabel.claim).toEqual({ both: 0, onlyA: nonSpace, onlyB: 0, neither: 0 });
  });

  it('counts overlapping and nested spans of one annotator once per code point', () => {
    // "Müller sagt nein": A covers [0,6) twice (nested), B covers [3,11); positions exclude the two spaces.
    const text = 'Müller sagt nein';
    const a = [span('a1', 'actor', 0, 6), span('a2', 'actor', 1, 4)];
    const b = [span('b1', 'actor', 3, 11)];
    const cells = charKappaCells(text, a, b, ['actor', 'date']);
    expect(cells.positions).toBe(14);
    expect(cells.perLabel.actor).toEqual({ both: 3, onlyA: 3, onlyB: 4, neither: 4 });
    expect(cells.perLabel.date).toEqual({ both: 0, onlyA: 0, onlyB: 0, neither: 14 });
  });
});
