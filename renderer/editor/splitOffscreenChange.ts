import type { Annotation } from '@shared/annotation/annotation';
import type { HighlightChange } from './annotationHighlights';

/** A highlight change cut in two: what is drawn in this frame, and what only off-screen chunks hold (drawn after the paint). */
export interface SplitChange {
  now: HighlightChange;
  later: HighlightChange | null;
}

/**
 * Splits `change` by `offscreen` (true for an annotation whose whole span lies in a chunk the
 * browser skips), keeping `keep` (the selected tag, whose outline is drawn at once) and any changed
 * tag with a version on screen in this frame: a tag-all's or its undo's spans in chunks nobody sees
 * then cost the key's frame nothing (they are drawn after its paint).
 */
export function splitOffscreenChange(change: HighlightChange, offscreen: (a: Annotation) => boolean, keep: string | null): SplitChange {
  // An id in both lists (a changed tag) goes later only if both its old and its new span are off screen.
  const shown = new Set<string>(keep === null ? [] : [keep]);
  for (const a of [...change.removed, ...change.added]) if (!shown.has(a.id) && !offscreen(a)) shown.add(a.id);
  const later = (a: Annotation) => !shown.has(a.id);
  const laterAdded = change.added.filter(later);
  const laterRemoved = change.removed.filter(later);
  if (laterAdded.length === 0 && laterRemoved.length === 0) return { now: change, later: null };
  return {
    now: { added: change.added.filter((a) => !later(a)), removed: change.removed.filter((a) => !later(a)) },
    later: { added: laterAdded, removed: laterRemoved },
  };
}
