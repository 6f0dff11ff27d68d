import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { arcsUnchanged, bandCovers, type ArcBand, type ArcShapeInputs } from '../../../../../renderer/features/relations/useArcShapes';

const band: ArcBand = { top: 1000, height: 800, textLength: 200_000 };

describe('bandCovers', () => {
  it.each([
    ['no range found yet 🙂', null, band, false],
    ['the same place', band, band, true],
    ['scrolled less than a screen down', band, { ...band, top: 1799 }, true],
    ['scrolled less than a screen up', band, { ...band, top: 201 }, true],
    ['scrolled a screen: the range is found again', band, { ...band, top: 1800 }, false],
    ['the pane changed height', band, { ...band, height: 700 }, false],
    ['the text changed length (a reopened Mu\u0308ller text)', band, { ...band, textLength: 200_001 }, false],
  ])('%s', (_name, found, now, covers) => {
    expect(bandCovers(found, now)).toBe(covers);
  });
});

describe('arcsUnchanged', () => {
  const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'me' });
  const TAGS = [tag('q1', 'quote', 0, '„Mu\u0308ller“'), tag('a1', 'actor', 20, '😀 Anna'), tag('x1', 'claim', 40, 'anderswo')];
  const RELATIONS: Relation[] = [{ id: 'r1', type: 'source', from: 'q1', to: 'a1', annotator: 'me' }];
  const isShown = () => true;
  const typeName = (id: string) => id;
  const base: ArcShapeInputs = { geometry: null, textLength: 100, isShown, typeName, extraTags: [], layers: [{ id: 'mine', annotations: TAGS, relations: RELATIONS }] };
  const withLayer = (annotations: readonly Annotation[], relations: readonly Relation[] = RELATIONS): ArcShapeInputs => ({ ...base, layers: [{ id: 'mine', annotations, relations }] });

  it.each<[string, ArcShapeInputs, boolean]>([
    ['a new tag away from every relation (🙂)', withLayer([...TAGS, tag('n1', 'claim', 60, 'neu 🙂')]), true],
    ['a tag away from every relation retagged', withLayer(TAGS.map((a) => (a.id === 'x1' ? { ...a, label: 'quote' } : a))), true],
    ['a tag away from every relation deleted', withLayer(TAGS.filter((a) => a.id !== 'x1')), true],
    ['an end of a relation retagged (its object is new)', withLayer(TAGS.map((a) => (a.id === 'a1' ? { ...a, label: 'date' } : a))), false],
    ['a relation added', withLayer(TAGS, [...RELATIONS, { id: 'r2', type: 'time', from: 'x1', to: 'a1', annotator: 'me' }]), false],
    ['the filter changed', { ...base, isShown: () => false }, false],
    ['the outlined tags changed (picking)', { ...base, extraTags: [TAGS[0]!] }, false],
    ['a colleague layer shown', { ...base, layers: [...base.layers, { id: 'colleague:jonas', annotations: TAGS, relations: RELATIONS }] }, false],
  ])('%s → %s', (_name, after, same) => {
    expect(arcsUnchanged(base, after)).toBe(same);
  });

  it('without relations a tag change (🙂, NFD umlaut) is no arc change, and neither tag list is read (no index of 10,000 tags per change)', () => {
    const untouchable = (list: readonly Annotation[]) =>
      new Proxy(list, {
        get(target, key) {
          if (key === 'length' || typeof key === 'symbol' || /^\d+$/.test(key) || ['map', 'forEach', 'filter', 'find'].includes(key)) throw new Error(`a tag list was read (${String(key)})`);
          return Reflect.get(target, key);
        },
      });
    const none: readonly Relation[] = [];
    const before = withLayer(untouchable(TAGS), none);
    expect(arcsUnchanged(before, withLayer(untouchable([...TAGS, tag('n1', 'claim', 60, 'neu 🙂 Mu\u0308ller')]), none))).toBe(true);
  });
});
