import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { farBox, relationsNear } from '../../../../../renderer/features/relations/arcBoxes';

const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'me' });
const rel = (id: string, from: string, to: string): Relation => ({ id, type: 'source', from, to, annotator: 'me' });
const TAGS = [tag('q1', 'quote', 0, '„Mu\u0308ller“'), tag('a1', 'actor', 20, '😀 Anna'), tag('q2', 'quote', 5000, 'fern'), tag('a2', 'actor', 9000, 'Putin')];
const byId = new Map(TAGS.map((t) => [t.id, t]));
const RELATIONS = [rel('near', 'q1', 'a1'), rel('half', 'q2', 'a1'), rel('far', 'q2', 'a2'), rel('gone', 'q1', 'missing')];

describe('relationsNear', () => {
  it('keeps relations with an end near the viewport and both ends present and shown', () => {
    expect(relationsNear(RELATIONS, byId, { start: 0, end: 100 }, () => true).map((r) => r.id)).toEqual(['near', 'half']);
    expect(relationsNear(RELATIONS, byId, { start: 0, end: 100 }, (a) => a.label !== 'actor')).toEqual([]);
  });
});

describe('farBox', () => {
  it('puts an unmeasured tag above the frame when it lies before the range, else below it', () => {
    expect(farBox(TAGS[0]!, { start: 100 }, 800).top).toBeLessThan(0);
    expect(farBox(TAGS[3]!, { start: 100 }, 800).top).toBeGreaterThan(800);
  });
});
