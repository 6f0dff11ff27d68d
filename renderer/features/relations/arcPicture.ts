import type { Annotation } from '@shared/annotation/annotation';
import { byIdOnce } from '@shared/annotation/byIdOnce';
import type { Relation } from '@shared/relation/relation';
import { farBox, relationsNear } from './arcBoxes';
import { DEFAULT_ARC_LAYOUT, layoutArcs, type ArcInput, type ArcShape, type TagBox } from './arcLayout';

/** One relation layer to draw: mine, or a colleague's (drawn apart, not selectable). */
export interface ArcLayer {
  readonly id: string;
  /** Whose relations these are, when not mine (named on each arc). */
  readonly annotator?: string;
  readonly relations: readonly Relation[];
  readonly annotations: readonly Annotation[];
}

/** What the overlay draws: laid-out arcs per layer, the tag boxes it measured, and the frame's size. */
export interface ArcPicture {
  readonly layers: readonly { id: string; shapes: readonly (ArcShape & { type: string })[] }[];
  readonly boxes: ReadonlyMap<string, TagBox>;
  readonly width: number;
  readonly height: number;
  /** The arcs and boxes it shows at which frame size: a redraw with the same key keeps this picture. */
  readonly key: string;
}

export const EMPTY_PICTURE: ArcPicture = { layers: [], boxes: new Map(), width: 0, height: 0, key: '' };

/** What the picture is made of: the layers, the label filter, type names and tags to measure although no arc touches them. */
export interface ArcPictureInputs {
  readonly layers: readonly ArcLayer[];
  isShown(annotation: Annotation): boolean;
  typeName(typeId: string): string;
  /** Tags to measure although no relation near the viewport touches them (the picking mode's source, target and candidates). */
  readonly extraTags: readonly Annotation[];
}

/** The screen as one redraw sees it: the frame's size, the code-point range near the viewport and the box of a tag there. */
export interface ArcMeasure {
  readonly width: number;
  readonly height: number;
  readonly range: { readonly start: number; readonly end: number };
  box(annotation: Annotation): TagBox | null;
  /** The free room above a tag's top below the line above's words, known once a tag was measured (the default before). */
  gutter?(): number;
  /** The right edge of the text column in the frame (the frame's width when not given): arcs stay left of it. */
  readonly column?: number;
  /** The selected tag, whose label chip covers the gutter over its first line (none when not given). */
  readonly selectedId?: string | null;
  /** The left and right edge of the selected tag's chip in the frame, read only when an arc near the view ends at that tag (null when no chip is drawn). */
  chip?(): TagBox['chip'] | null;
}

/** The tags of a list by id, made once per list. */
export const annotationsById = (annotations: readonly Annotation[]): ReadonlyMap<string, Annotation> => byIdOnce(annotations);

/** The relations of a list by id, made once per list. */
export const relationsById = (relations: readonly Relation[]): ReadonlyMap<string, Relation> => byIdOnce(relations);

/** True when nothing needs drawing or measuring: no relation in any layer and no tag to outline. */
export function nothingToDraw(inputs: ArcPictureInputs): boolean {
  return inputs.layers.every((l) => l.relations.length === 0) && inputs.extraTags.length === 0;
}

type Shape = ArcShape & { type: string };

const NO_SHAPES: ReadonlyMap<string, Shape> = new Map();

/** The shapes of one layer of a picture by relation id (none without a previous picture). */
function sameShapes(previous: ArcPicture | null, layerId: string): ReadonlyMap<string, Shape> {
  const layer = previous?.layers.find((l) => l.id === layerId);
  return layer === undefined ? NO_SHAPES : new Map(layer.shapes.map((s) => [s.id, s]));
}

/** What a drawn arc looks like: two shapes with the same key draw the same. */
const shapeKey = (shape: Shape) => JSON.stringify([shape.type, shape.label, shape.lane, shape.path, shape.labelX, shape.labelY]);

/**
 * The arcs near the viewport, laid out: relations with an end in `measure.range` (ends far
 * away are placed above or below the frame unmeasured); when the arcs, their boxes and the
 * frame's size are those of `previous`, `previous` itself comes back, so a change that moved no
 * arc (a tag elsewhere, a scroll within the drawn range) lays out and renders nothing; otherwise
 * every arc that did not move keeps its shape object, so only moved, new or gone arcs re-render.
 */
export function arcPicture(inputs: ArcPictureInputs, measure: ArcMeasure, previous: ArcPicture | null): ArcPicture {
  if (nothingToDraw(inputs)) return EMPTY_PICTURE;
  const { range } = measure;
  const near = (a: Annotation) => a.start < range.end && a.end > range.start;
  const boxes = new Map<string, TagBox>();
  // The chip is read at most once per picture, and only for an arc's end near the view.
  let chip: TagBox['chip'] | null | undefined;
  const measured = (a: Annotation): TagBox | null => {
    const box = measure.box(a);
    if (box !== null) boxes.set(a.id, box);
    return box;
  };
  const boxOf = (a: Annotation): TagBox | null => {
    if (!near(a)) return farBox(a, range, measure.height);
    const box = measured(a);
    if (box === null || a.id !== measure.selectedId || measure.chip === undefined) return box;
    chip ??= measure.chip();
    return chip === null ? box : { ...box, chip };
  };
  const arcs = inputs.layers.map((layer) => {
    const byId = annotationsById(layer.annotations);
    return relationsNear(layer.relations, byId, range, inputs.isShown).flatMap((r): Array<ArcInput & { type: string }> => {
      const from = boxOf(byId.get(r.from) as Annotation);
      const to = boxOf(byId.get(r.to) as Annotation);
      return from && to ? [{ id: r.id, from, to, label: inputs.typeName(r.type), type: r.type }] : [];
    });
  });
  for (const a of inputs.extraTags) if (near(a)) measured(a);
  const gutter = measure.gutter?.() ?? DEFAULT_ARC_LAYOUT.gutter;
  const column = measure.column ?? measure.width;
  const key = JSON.stringify([measure.width, measure.height, column, gutter, inputs.layers.map((l) => l.id), arcs, [...boxes]]);
  if (previous !== null && previous.key === key) return previous;
  const layers = inputs.layers.map((layer, index) => {
    const list = arcs[index] ?? [];
    const types = new Map(list.map((a) => [a.id, a.type]));
    const before = sameShapes(previous, layer.id);
    const shapes = layoutArcs(list, { ...DEFAULT_ARC_LAYOUT, width: column, gutter }, measure.height).map((s) => {
      const shape = { ...s, type: types.get(s.id) ?? '' };
      const old = before.get(s.id);
      // An arc that did not move keeps its object, so its memoized component does not render again.
      return old !== undefined && shapeKey(old) === shapeKey(shape) ? old : shape;
    });
    return { id: layer.id, shapes };
  });
  return { layers, boxes, width: measure.width, height: measure.height, key };
}
