import { describe, expect, it } from 'vitest';
import { shortLabels } from '../../../../../renderer/features/relations/shortLabels';

describe('shortLabels', () => {
  it.each([
    ['German types: Quelle alone has its initial, Ziel and Zeit need two letters', ['Quelle', 'Ziel', 'Zeit', 'Ziel'], { Quelle: 'Q', Ziel: 'Zi', Zeit: 'Ze' }],
    ['English types: each its initial', ['Source', 'Target', 'Time'], { Source: 'S', Target: 'Ta', Time: 'Ti' }],
    ['one type on screen: its initial', ['Zeit'], { Zeit: 'Z' }],
    ['an emoji is one character, never split', ['😀 Quelle', '😀 Ziel'], { '😀 Quelle': '😀 Q', '😀 Ziel': '😀 Z' }],
    ['an NFD umlaut stays with its letter (and tells Mü from Mu)', ['Mu\u0308nze', 'Mu\u0308ll', 'Mut'], { 'Mu\u0308nze': 'Mu\u0308n', 'Mu\u0308ll': 'Mu\u0308l', Mut: 'Mu' }],
    ['a label that is the start of another stays whole', ['Ziel', 'Zielort'], { Ziel: 'Ziel', Zielort: 'Ziel' + 'o' }],
  ])('%s', (_, labels, expected) => {
    expect(Object.fromEntries(shortLabels(labels))).toEqual(expected);
  });
});
