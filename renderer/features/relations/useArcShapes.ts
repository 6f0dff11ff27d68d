import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '@shared/annotation/annotation';
import { nearViewport, tagBox, type ArcGeometry } from './arcBoxes';
import type { TagBox } from './arcLayout';
import { arcPicture, EMPTY_PICTURE, nothingToDraw, type ArcPicture, type ArcPictureInputs } from './arcPicture';

export type { ArcLayer, ArcPicture } from './arcPicture';

/** What the picture depends on: where the text is on screen, and what to draw. */
export interface ArcShapeInputs extends ArcPictureInputs {
  readonly geometry: ArcGeometry | null;
  readonly textLength: number;
}

/** Runs `run` once the next frame has been painted (a message after the animation frame); returns its cancel. */
function afterPaint(run: () => void): () => void {
  let live = true;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => live && run();
    channel.port2.postMessage(null);
  });
  return () => {
    live = false;
    cancelAnimationFrame(frame);
  };
}

/**
 * The arcs to draw, kept in step with the text but never in the way of a key press: every
 * change (the tags, the relations, a scroll, a resize) asks for one redraw after the next frame
 * is painted, so the frame that shows a new tag never waits for arcs. A redraw measures only
 * tags near the viewport, each once while the frame keeps its size (a tag's place cannot move
 * otherwise, except in the chips view, where a new chip shifts the words after it), and lays
 * out and renders nothing when no arc moved.
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
    let lists: readonly (readonly Annotation[])[] = [];
    // The text near the view moves only when the pane scrolls or the frame changes size: found once per place.
    let place = '';
    let range = { start: 0, end: 0 };
    let cancel: (() => void) | null = null;
    const redraw = () => {
      cancel = null;
      const current = latest.current;
      if (geometry.view.isDestroyed) return;
      // Nothing to draw: measure nothing (no layout is forced while a document opens and restores its scroll).
      const next = nothingToDraw(current) ? EMPTY_PICTURE : measureAndDraw(current);
      if (next !== shown) setPicture((shown = next));
    };
    const measureAndDraw = (current: ArcShapeInputs): ArcPicture => {
      const origin = geometry.frame.getBoundingClientRect();
      const annotationLists = current.layers.map((l) => l.annotations);
      const chips = geometry.frame.closest('.label-view-chips') !== null;
      if (`${origin.width}x${origin.height}` !== size || (chips && annotationLists.some((list, i) => list !== lists[i]))) {
        boxes = new WeakMap();
        place = '';
        size = `${origin.width}x${origin.height}`;
      }
      lists = annotationLists;
      const box = (a: Annotation) => {
        let found = boxes.get(a);
        if (found === undefined) {
          // A tag that cannot be measured now (a stale one during a switch) is tried again next time.
          found = tagBox(geometry, a, origin) ?? undefined;
          if (found !== undefined) boxes.set(a, found);
        }
        return found ?? null;
      };
      const here = `${size}:${geometry.viewport.scrollTop}:${geometry.viewport.clientHeight}:${current.textLength}`;
      if (here !== place) {
        range = nearViewport(geometry, current.textLength);
        place = here;
      }
      return arcPicture(current, { width: origin.width, height: origin.height, range, box }, shown);
    };
    const schedule = () => {
      cancel ??= afterPaint(redraw);
    };
    request.current = schedule;
    schedule();
    geometry.viewport.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(geometry.frame);
    resize.observe(geometry.viewport);
    return () => {
      cancel?.();
      request.current = () => undefined;
      geometry.viewport.removeEventListener('scroll', schedule);
      resize.disconnect();
    };
  }, [geometry]);

  // Any change of what to draw asks for a redraw after the frame that shows it.
  useEffect(() => request.current(), [inputs]);
  return picture;
}
