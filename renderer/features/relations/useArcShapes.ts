import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/annotation/annotation';
import type { Relation } from '../../../shared/relation/relation';
import { farBox, nearViewport, relationsNear, tagBox, type ArcGeometry } from './arcBoxes';
import { DEFAULT_ARC_LAYOUT, layoutArcs, type ArcShape, type TagBox } from './arcLayout';

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
}

const EMPTY: ArcPicture = { layers: [], boxes: new Map(), width: 0, height: 0 };

/** What the picture depends on besides the layers: the geometry, the filter, names and extra tags to measure. */
export interface ArcShapeInputs {
  readonly geometry: ArcGeometry | null;
  readonly layers: readonly ArcLayer[];
  readonly textLength: number;
  isShown(annotation: Annotation): boolean;
  typeName(typeId: string): string;
  /** Tags to measure although no relation near the viewport touches them (the picking mode's source, target and candidates). */
  readonly extraTags: readonly Annotation[];
}

/** Measures and lays out the arcs near the viewport, once per animation frame at most. */
function draw(inputs: ArcShapeInputs): ArcPicture {
  const { geometry } = inputs;
  if (geometry === null || geometry.view.isDestroyed) return EMPTY;
  // Nothing to draw: measure nothing (no layout is forced while a document opens and restores its scroll).
  if (inputs.layers.every((l) => l.relations.length === 0) && inputs.extraTags.length === 0) return EMPTY;
  const origin = geometry.frame.getBoundingClientRect();
  const range = nearViewport(geometry, inputs.textLength);
  const boxes = new Map<string, TagBox>();
  const near = (a: Annotation) => a.start < range.end && a.end > range.start;
  const boxOf = (a: Annotation) => {
    if (!near(a)) return farBox(a, range, origin.height);
    if (!boxes.has(a.id)) {
      const box = tagBox(geometry, a, origin);
      if (box) boxes.set(a.id, box);
    }
    return boxes.get(a.id);
  };
  const layers = inputs.layers.map((layer) => {
    const byId = new Map(layer.annotations.map((a) => [a.id, a]));
    const arcs = relationsNear(layer.relations, byId, range, inputs.isShown).flatMap((r) => {
      const from = boxOf(byId.get(r.from) as Annotation);
      const to = boxOf(byId.get(r.to) as Annotation);
      return from && to ? [{ id: r.id, from, to, label: inputs.typeName(r.type), type: r.type }] : [];
    });
    const types = new Map(arcs.map((a) => [a.id, a.type]));
    const shapes = layoutArcs(arcs, { ...DEFAULT_ARC_LAYOUT, width: origin.width }).map((s) => ({ ...s, type: types.get(s.id) ?? '' }));
    return { id: layer.id, shapes };
  });
  for (const a of inputs.extraTags) if (near(a)) boxOf(a);
  return { layers, boxes, width: origin.width, height: origin.height };
}

/**
 * The arcs to draw, kept in step with the text: redrawn when the inputs change, when the
 * viewport scrolls (only arcs near it are measured, so long documents stay fast) and when the
 * frame or window is resized (lines re-wrap).
 */
export function useArcShapes(inputs: ArcShapeInputs): ArcPicture {
  const [picture, setPicture] = useState<ArcPicture>(EMPTY);
  useEffect(() => {
    const { geometry } = inputs;
    if (geometry === null) {
      setPicture(EMPTY);
      return;
    }
    let frame = 0;
    const schedule = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setPicture(draw(inputs));
      });
    };
    setPicture(draw(inputs));
    geometry.viewport.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(geometry.frame);
    resize.observe(geometry.viewport);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      geometry.viewport.removeEventListener('scroll', schedule);
      resize.disconnect();
    };
  }, [inputs]);
  return picture;
}
