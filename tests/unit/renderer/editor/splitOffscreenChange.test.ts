import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { splitOffscreenChange } from '../../../../renderer/editor/splitOffscreenChange';

const tag = (id: string, start: number, end: number, text: string, label = 'claim'): Annotation => ({ id, label, start, end, text, annotator: 'me' });

// On screen: code points below 100; off screen (a skipped chunk): from 100 on.
const offscreen = (a: Annotation) => a.start >= 100;
const ids = (list: readonly Annotation[]) => list.map((a) => a.id);

describe('splitOffscreenChange', () => {
  it.each([
    ['an emoji tag on screen', tag('e', 3, 5, '👍🏽 ja'), 'now'],
    ['an NFD umlaut off screen', tag('n', 120, 127, 'Mu\u0308ller'), 'later'],
    ['a newspaper emoji off screen', tag('p', 200, 201, '📰'), 'later'],
    ['a plain word on screen', tag('w', 40, 45, 'Bonn.'), 'now'],
  ])('puts %s in the %s part (added and removed alike)', (_case, a, part) => {
    for (const change of [{ added: [a], removed: [] }, { added: [], removed: [a] }]) {
      const { now, later } = splitOffscreenChange(change, offscreen, null);
      const drawnNow = [...now.added, ...now.removed];
      expect(ids(drawnNow)).toEqual(part === 'now' ? [a.id] : []);
      expect(later === null ? [] : ids([...later.added, ...later.removed])).toEqual(part === 'later' ? [a.id] : []);
    }
  });

  it('returns the change itself when nothing is off screen', () => {
    const change = { added: [tag('a', 1, 2, 'ä')], removed: [tag('b', 3, 4, 'ö')] };
    expect(splitOffscreenChange(change, offscreen, null)).toEqual({ now: change, later: null });
    expect(splitOffscreenChange(change, offscreen, null).now).toBe(change);
  });

  it('keeps the selected tag and a changed tag with one version on screen in the frame', () => {
    const selected = tag('s', 150, 155, 'Köln');
    const movedOld = tag('m', 90, 95, 'Mu\u0308ll');
    const movedNew = tag('m', 101, 106, 'Mu\u0308ll');
    const retagOld = tag('r', 300, 305, 'Bonn 📰');
    const retagNew = { ...retagOld, label: 'quote' };
    const { now, later } = splitOffscreenChange({ added: [selected, movedNew, retagNew], removed: [movedOld, retagOld] }, offscreen, 's');
    expect({ added: ids(now.added), removed: ids(now.removed) }).toEqual({ added: ['s', 'm'], removed: ['m'] });
    expect(later && { added: later.added, removed: later.removed }).toEqual({ added: [retagNew], removed: [retagOld] });
  });
});
