import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Annotation } from '@shared/annotation/annotation';
import { afterPaint } from '../../ui/afterPaint';
import { chipBox, lineGutter, nearViewport, tagBox, type ArcGeometry } from './arcBoxes';
import { DEFAULT_ARC_LAYOUT, type TagBox } from './arcLayout';
import { relationsByTag } from './relationsByTag';
import { annotationsById, arcPicture, EMPTY_PICTURE, nothingToDraw, type ArcLayer, type ArcPicture, type ArcPictureInputs } from './arcPicture';

export type { ArcLayer, ArcPicture } from './arcPicture';

/** What the picture depends on: where the text is on screen, and what to draw. */
export interface ArcShapeInputs extends ArcPictureInputs {
  readonly geometry: ArcGeometry | null;
  readonly textLength: number;
}

/** Where the pane was scrolled when the range near the view was found, and the text's length then. */
export interface ArcBand {
  readonly top: number;
  readonly height: number;
  readonly textLength: number;
}

/**
 * True while the range found at `band` still holds every arc the pane shows at `now`: the range
 * reaches two screens beyond the view on each side, so it holds until the pane has scrolled a
 * screen (arcs near the edge are then still a screen inside it) or the pane or text changed.
 */
export function bandCovers(band: ArcBand | null, now: ArcBand): boolean {
  return band !== null && band.height === now.height && band.textLength === now.textLength && Math.abs(now.top - band.top) < now.height;
}

/**
 * True when `after` draws the same arcs as `before` wherever they are on screen: the same layers,
 * relation lists, filter, names and outlined tags, and every relation's two tags the same objects
 * (a tag's place cannot move without a new object, outside the chips view). So a tag added, retagged
 * or deleted away from every relation costs a few map lookups after the frame, no layout read.
 */
export function arcsUnchanged(before: ArcShapeInputs, after: ArcShapeInputs): boolean {
  if (before === after) return true;
  if (
    before.geometry !== after.geometry ||
    before.textLength !== after.textLength ||
    before.isShown !== after.isShown ||
    before.typeName !== after.typeName ||
    before.extraTags !== after.extraTags ||
    before.layers.length !== after.layers.length
  )
    return false;
  return after.layers.every((layer, i) => {
    const old = before.layers[i] as ArcLayer;
    if (old.id !== layer.id || old.relations !== layer.relations) return false;
    if (old.annotations === layer.annotations || layer.relations.length === 0) return true;
    const was = annotationsById(old.annotations);
    const now = annotationsById(layer.annotations);
    return layer.relations.every((r) => was.get(r.from) === now.get(r.from) && was.get(r.to) === now.get(r.to));
  });
}

/** True when the tag `id` is an end of a relation in any layer: its chip decides where that relation's arc leaves it. */
export function touchesArc(inputs: ArcPictureInputs, id: string | null): boolean {
  if (id === null) return false;
  return inputs.layers.some((layer) => {
    const { outgoing, incoming } = relationsByTag(layer.relations, id);
    return outgoing.length > 0 || incoming.length > 0;
  });
}

/**
 * The arcs to draw, kept in step with the text but never in the way of a key press: every
 * change (the tags, the relations, a resize) asks for one redraw after the next frame is painted,
 * so the frame that shows a new tag never waits for arcs; a scroll redraws in its own frame's
 * animation frame (no key waits there, and the arcs of a new band come with the frame, not after it). A scroll within a screen
 * reads and writes nothing (the arcs scroll with the text, and the range near the view
 * reaches two screens beyond it). A redraw measures only tags near the viewport, each once while
 * the frame keeps its size (a tag's place cannot move otherwise, except in the chips view, where
 * a new chip shifts the words after it), and lays out and renders nothing when no arc moved.
 */
export function useArcShapes(inputs: ArcShapeInputs): ArcPicture {
  const [picture, setPicture] = useState<ArcPicture>(EMPTY_PICTURE);
  const latest = useRef(inputs);
  latest.current = inputs;
  const request = useRef<() => void>(() => undefined);
  const { geometry } = inputs;

  useEffect(() => {
    if (geometry === null) {
      setPicture(EMPTY_PICTURE);
      return;
    }
    let shown = EMPTY_PICTURE;
    let boxes = new WeakMap<Annotation, TagBox>();
    let size = '';
    // The room between lines, measured at the first tag measured while the frame keeps its size.
    let gutter: number | null = null;
    let lists: readonly (readonly Annotation[])[] = [];
    // The range near the view is found once per band: until the pane scrolls a screen or changes size.
    let band: ArcBand | null = null;
    let range = { start: 0, end: 0 };
    let drawn: ArcShapeInputs | null = null;
    let resized = true;
    // Set by a scroll: the band must be checked (a layout read) before the drawn arcs can be kept.
    let scrolled = true;
    // The selected tag when last drawn, and whether a new selection moved a chip an arc leaves beside (see `touchesArc`).
    let selectedId = geometry.selection?.get() ?? null;
    let chipMoved = false;
    let cancel: (() => void) | null = null;
    const redraw = () => {
      cancel = null;
      const current = latest.current;
      if (geometry.view.isDestroyed) return;
      // Nothing to draw: measure nothing (no layout is forced while a document opens and restores its scroll).
      if (nothingToDraw(current)) {
        drawn = current;
        if (shown !== EMPTY_PICTURE) setPicture((shown = EMPTY_PICTURE));
        return;
      }
      // A tag change that moved no arc (no relation or end of one changed, no scroll, no resize): nothing to read or write.
      const chips = geometry.frame.closest('.label-view-chips') !== null;
      if (drawn !== null && !resized && !scrolled && !chipMoved && !chips && arcsUnchanged(drawn, current)) {
        drawn = current;
        return;
      }
      scrolled = false;
      // A scroll within the band with nothing else changed: the drawn arcs scroll with the text; nothing to write.
      const scroll = { top: geometry.viewport.scrollTop, height: geometry.viewport.clientHeight, textLength: current.textLength };
      if (current === drawn && !resized && !chipMoved && bandCovers(band, scroll)) return;
      const next = measureAndDraw(current, scroll);
      drawn = current;
      resized = false;
      chipMoved = false;
      // Drawn in this task (the arcs' layout effect paints them), so the frame after it shows them: no extra task and frame for React.
      if (next !== shown) flushSync(() => setPicture((shown = next)));
    };
    const measureAndDraw = (current: ArcShapeInputs, scroll: ArcBand): ArcPicture => {
      const origin = geometry.frame.getBoundingClientRect();
      const annotationLists = current.layers.map((l) => l.annotations);
      const chipsView = geometry.frame.closest('.label-view-chips') !== null;
      if (`${origin.width}x${origin.height}` !== size || (chipsView && annotationLists.some((list, i) => list !== lists[i]))) {
        boxes = new WeakMap();
        band = null;
        gutter = null;
        size = `${origin.width}x${origin.height}`;
      }
      lists = annotationLists;
      const box = (a: Annotation) => {
        let found = boxes.get(a);
        if (found === undefined) {
          // A tag that cannot be measured now (a stale one during a switch) is tried again next time.
          found = tagBox(geometry, a, origin) ?? undefined;
          if (found !== undefined) boxes.set(a, found);
          if (found !== undefined && gutter === null) gutter = lineGutter(geometry, a);
        }
        return found ?? null;
      };
      if (!bandCovers(band, scroll)) {
        range = nearViewport(geometry, current.textLength);
        band = scroll;
      }
      // Arcs stay within the text's column, which may be narrower than the frame.
      const column = Math.min(origin.width, geometry.view.dom.getBoundingClientRect().right - origin.left);
      const chip = () => chipBox(geometry, origin);
      return arcPicture(current, { width: origin.width, height: origin.height, column, range, box, gutter: () => gutter ?? DEFAULT_ARC_LAYOUT.gutter, selectedId, chip }, shown);
    };
    const schedule = () => {
      cancel ??= afterPaint(redraw);
    };
    request.current = schedule;
    schedule();
    // A scroll redraws in the animation frame of the scroll's own frame (its layout is read there, not forced): a band's new
    // arcs then join that frame instead of dirtying the page after it, which cost a second paint and layerize per band.
    const onScroll = () => {
      scrolled = true;
      if (cancel !== null) return;
      const frame = requestAnimationFrame(redraw);
      cancel = () => cancelAnimationFrame(frame);
    };
    geometry.viewport.addEventListener('scroll', onScroll, { passive: true });
    // A new selection redraws after its paint only when the old or the new selected tag is an end of a relation (J, K or a click elsewhere read nothing).
    const stopSelection = geometry.selection?.subscribe(() => {
      const now = geometry.selection?.get() ?? null;
      if (now === selectedId) return;
      const moved = touchesArc(latest.current, selectedId) || touchesArc(latest.current, now);
      selectedId = now;
      if (!moved) return;
      chipMoved = true;
      schedule();
    });
    const resize = new ResizeObserver(() => {
      resized = true;
      scrolled = true;
      schedule();
    });
    resize.observe(geometry.frame);
    resize.observe(geometry.viewport);
    return () => {
      cancel?.();
      request.current = () => undefined;
      geometry.viewport.removeEventListener('scroll', onScroll);
      stopSelection?.();
      resize.disconnect();
    };
  }, [geometry]);

  // Any change of what to draw asks for a redraw after the frame that shows it.
  useEffect(() => request.current(), [inputs]);
  return picture;
}
