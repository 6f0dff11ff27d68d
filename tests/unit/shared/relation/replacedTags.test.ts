import { describe, expect, it } from 'vitest';
import { replacedTags } from '@shared/relation/replacedTags';

const tag = (id: string, label = 'claim') => ({ id, label });
const A = tag('a');
const B = tag('😀 b');
const C = tag('Mu\u0308ller');
const D = tag('d');
const BEFORE = [A, B, C, D];

describe('replacedTags', () => {
  it.each([
    ['the same list', BEFORE, []],
    ['one tag added in the middle', [A, B, tag('new'), C, D], []],
    ['tags added across the list (tag all)', [tag('n1'), A, B, tag('n2'), C, D, tag('n3')], []],
    ['the emoji tag deleted', [A, C, D], [B]],
    ['the NFD umlaut tag retagged (a changed copy)', [A, B, { ...C, label: 'date' }, D], [C]],
    ['a tag moved (the same object elsewhere in the list)', [A, C, B, D], []],
    ['the first and the last deleted, one added', [tag('x'), B, C], [A, D]],
    ['every tag copied', BEFORE.map((t) => ({ ...t })), BEFORE],
  ])('%s', (_name, after, replaced) => {
    expect(replacedTags(BEFORE, after)).toEqual(replaced);
    // The same objects, not equal copies.
    replacedTags(BEFORE, after).forEach((t, i) => expect(t).toBe(replaced[i]));
  });
});
