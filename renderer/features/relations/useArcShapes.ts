import { useEffect, useState } from 'react';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
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
  /** Which relations and tags it shows at which frame size: a scroll that keeps the key keeps the picture. */
  readonly key: string;
}

const EMPTY: ArcPicture = { layers: [], boxes: new Map(), width: 0, height: 0, key: '' };

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

/** A layer with its tags by id, made once per change of the inputs (not per scrolled frame). */
type IndexedLayer = ArcLayer & { readonly byId: ReadonlyMap<string, Annotation> };

/**
 * Measures and lays out the arcs near the viewport, once per animation frame at most; when the
 * relations near the viewport and the frame's size are those of `previous`, returns it as it is
 * (arcs are placed in the frame's coordinates, so scrolling alone never moves them).
 */
/** Tag boxes measured at one frame size; they hold while the frame keeps its size (text does not move in the frame when it scrolls). */
interface BoxCache {
  width: number;
  height: number;
  readonly boxes: Map<string, TagBox>;
}

function draw(inputs: ArcShapeInputs, indexed: readonly IndexedLayer[], previous: ArcPicture | null, cache: BoxCache): ArcPicture {
  const { geometry } = inputs;
  if (geometry === null || geometry.view.isDestroyed) return EMPTY;
  // Nothing to draw: measure nothing (no layout is forced while a document opens and restores its scroll).
  if (indexed.every((l) => l.relations.length === 0) && inputs.extraTags.length === 0) return EMPTY;
  const origin = geometry.frame.getBoundingClientRect();
  const range = nearViewport(geometry, inputs.textLength);
  const near = (a: Annotation) => a.start < range.end && a.end > range.start;
  const shown = indexed.map((layer) => relationsNear(layer.relations, layer.byId, range, inputs.isShown));
  const extra = inputs.extraTags.filter(near);
  const key = JSON.stringify([origin.width, origin.height, shown.map((list) => list.map((r) => r.id)), extra.map((a) => a.id)]);
  if (previous !== null && previous.key === key) return previous;
  if (cache.width !== origin.width || cache.height !== origin.height) {
    cache.boxes.clear();
    cache.width = origin.width;
    cache.height = origin.height;
  }
  const boxes = cache.boxes;
  const boxOf = (a: Annotation) => {
    if (!near(a)) return farBox(a, range, origin.height);
    if (!boxes.has(a.id)) {
      const box = tagBox(geometry, a, origin);
      if (box) boxes.set(a.id, box);
    }
    return boxes.get(a.id);
  };
  const layers = indexed.map((layer, index) => {
    const { byId } = layer;
    const arcs = (shown[index] ?? []).flatMap((r) => {
      const from = boxOf(byId.get(r.from) as Annotation);
      const to = boxOf(byId.get(r.to) as Annotation);
      return from && to ? [{ id: r.id, from, to, label: inputs.typeName(r.type), type: r.type }] : [];
    });
    const types = new Map(arcs.map((a) => [a.id, a.type]));
    const shapes = layoutArcs(arcs, { ...DEFAULT_ARC_LAYOUT, width: origin.width }).map((s) => ({ ...s, type: types.get(s.id) ?? '' }));
    return { id: layer.id, shapes };
  });
  for (const a of extra) boxOf(a);
  return { layers, boxes, width: origin.width, height: origin.height, key };
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
    const indexed = inputs.layers.map((layer) => ({ ...layer, byId: new Map(layer.annotations.map((a) => [a.id, a])) }));
    const cache: BoxCache = { width: -1, height: -1, boxes: new Map() };
    let frame = 0;
    const schedule = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // The same picture object when nothing near the viewport changed: React then skips the render.
        setPicture((previous) => draw(inputs, indexed, previous, cache));
      });
    };
    setPicture(draw(inputs, indexed, null, cache));
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
