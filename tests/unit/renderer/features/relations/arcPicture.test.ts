import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { annotationsById, arcPicture, EMPTY_PICTURE, type ArcMeasure, type ArcPictureInputs } from '../../../../../renderer/features/relations/arcPicture';
import type { TagBox } from '../../../../../renderer/features/relations/arcLayout';

const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'me' });
const rel = (id: string, type: string, from: string, to: string): Relation => ({ id, type, from, to, annotator: 'me' });

// Near the top: a quote with an NFD umlaut and its speaker after an emoji; far down: a claim whose date is near.
const TAGS = [tag('q1', 'quote', 0, '„Mu\u0308ller“'), tag('a1', 'actor', 20, '😀 Anna'), tag('d1', 'date', 60, 'heute'), tag('c9', 'claim', 90_000, 'fern')];
const RELATIONS = [rel('r1', 'source', 'q1', 'a1'), rel('r2', 'time', 'c9', 'd1')];

/** A screen where every tag near the range sits on one line at 10 px per code point, counting each measurement. */
function fakeMeasure(range = { start: 0, end: 1000 }) {
  const measured: string[] = [];
  const measure: ArcMeasure = {
    width: 800,
    height: 600,
    range,
    box(a): TagBox {
      measured.push(a.id);
      return { left: a.start * 10, right: a.end * 10, top: 100 };
    },
  };
  return { measure, measured };
}

const inputs = (annotations: readonly Annotation[], relations: readonly Relation[]): ArcPictureInputs => ({
  layers: [{ id: 'mine', annotations, relations }],
  isShown: () => true,
  typeName: (id) => id.toUpperCase(),
  extraTags: [],
});

describe('arcPicture', () => {
  it('draws the arcs with an end near the view, measuring only tags there (the far claim is placed below the frame)', () => {
    const { measure, measured } = fakeMeasure();
    const picture = arcPicture(inputs(TAGS, RELATIONS), measure, null);
    expect(picture.layers[0]?.shapes.map((s) => [s.id, s.type, s.label])).toEqual([['r1', 'source', 'SOURCE'], ['r2', 'time', 'TIME']]);
    expect(measured.sort()).toEqual(['a1', 'd1', 'q1']);
    expect([...picture.boxes.keys()].sort()).toEqual(['a1', 'd1', 'q1']);
  });

  it('gives back the previous picture when no arc moved: a new tag elsewhere lays out and renders nothing', () => {
    const first = arcPicture(inputs(TAGS, RELATIONS), fakeMeasure().measure, null);
    const withNewTag = [...TAGS, tag('x1', 'claim', 300, 'neu')];
    expect(arcPicture(inputs(withNewTag, RELATIONS), fakeMeasure().measure, first)).toBe(first);
  });

  it('draws anew when a relation changes type, is added, or a box moves', () => {
    const first = arcPicture(inputs(TAGS, RELATIONS), fakeMeasure().measure, null);
    expect(arcPicture(inputs(TAGS, [rel('r1', 'target', 'q1', 'a1'), RELATIONS[1]!]), fakeMeasure().measure, first)).not.toBe(first);
    expect(arcPicture(inputs(TAGS, [...RELATIONS, rel('r3', 'time', 'q1', 'd1')]), fakeMeasure().measure, first).layers[0]?.shapes).toHaveLength(3);
    const moved: ArcMeasure = { ...fakeMeasure().measure, box: (a) => ({ left: a.start * 10 + 5, right: a.end * 10, top: 100 }) };
    expect(arcPicture(inputs(TAGS, RELATIONS), moved, first)).not.toBe(first);
  });

  it('reads the chip only when the selected tag is an end of an arc near the view, once, and draws that end beside it', () => {
    const chips: string[] = [];
    const withChip = (selectedId: string | null): ArcMeasure => ({
      ...fakeMeasure().measure,
      selectedId,
      chip: () => (chips.push(String(selectedId)), { left: 0, right: 120 }),
    });
    const plain = arcPicture(inputs(TAGS, RELATIONS), fakeMeasure().measure, null);
    // "„Müller“" (NFD: 9 code points) is the quote at 0–90 px: its arc to the speaker leaves right of the 120 px chip, not at its middle.
    const selected = arcPicture(inputs(TAGS, RELATIONS), withChip('q1'), plain);
    expect(chips).toEqual(['q1']);
    expect(selected).not.toBe(plain);
    const start = (picture: typeof plain) => Number(/^M(-?[\d.]+)/.exec(picture.layers[0]!.shapes.find((s) => s.id === 'r1')!.path)?.[1]);
    expect(start(plain)).toBe(45);
    expect(start(selected)).toBeGreaterThan(120);
    // A selected tag far away, or on no arc, reads no chip and changes nothing.
    expect(arcPicture(inputs(TAGS, RELATIONS), withChip('c9'), plain)).toBe(plain);
    expect(arcPicture(inputs([...TAGS, tag('x1', 'claim', 300, 'frei 😀')], RELATIONS), withChip('x1'), plain)).toBe(plain);
    expect(chips).toEqual(['q1']);
  });

  it('measures nothing and draws nothing without relations or tags to outline', () => {
    const { measure, measured } = fakeMeasure();
    expect(arcPicture(inputs(TAGS, []), measure, null)).toBe(EMPTY_PICTURE);
    expect(measured).toEqual([]);
  });

  it('indexes a tag list by id once per list', () => {
    expect(annotationsById(TAGS)).toBe(annotationsById(TAGS));
    expect(annotationsById(TAGS).get('a1')?.text).toBe('😀 Anna');
  });
});

describe('arcPicture keeps arcs that did not move', () => {
  it('gives an unmoved arc the same shape object when another arc changes, so only the changed one re-renders', () => {
    const first = arcPicture(inputs(TAGS, RELATIONS), fakeMeasure().measure, null);
    const retyped = arcPicture(inputs(TAGS, [RELATIONS[0]!, rel('r2', 'source', 'c9', 'd1')]), fakeMeasure().measure, first);
    const [before, after] = [first.layers[0]?.shapes, retyped.layers[0]?.shapes];
    expect(after?.find((s) => s.id === 'r1')).toBe(before?.find((s) => s.id === 'r1'));
    expect(after?.find((s) => s.id === 'r2')).not.toBe(before?.find((s) => s.id === 'r2'));
    expect(after?.find((s) => s.id === 'r2')?.type).toBe('source');
  });
});
