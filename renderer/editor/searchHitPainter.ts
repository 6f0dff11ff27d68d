import type { EditorView } from '@tiptap/pm/view';
import type { DomPoint } from './textBoundaries';
import { createHighlightPainter, type HighlightRegistryLike, type PaintedRange } from './createHighlightPainter';

/** One search hit to paint: its editor range and whether it is the current hit. */
export interface PaintedHit {
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
}

/** The browser's highlight registry as used here (`CSS.highlights`), so tests can pass their own. */
export type HitRegistryLike = HighlightRegistryLike;

/** What the painter needs: the editor, the registry, and how a highlight and a range are made. */
export interface SearchHitPainterDeps {
  readonly view: EditorView;
  readonly registry: HitRegistryLike;
  createHighlight(): Highlight;
  createRange(start: DomPoint, end: DomPoint): AbstractRange;
  /** Told after a pass that changed what is painted (a paint no DOM change shows: the bench probe listens). */
  changed?(): void;
}

/** The highlight names of the hits and of the current hit (`::highlight(...)` in annotations.css). */
export const SEARCH_HIT = 'tw-search-hit';
export const SEARCH_CURRENT = 'tw-search-current';

/** The painter of the search hits (see `createSearchHitPainter`). */
export interface SearchHitPainter {
  /** Paints `hits` (the same array again only follows the editor's DOM changes since). */
  paint(hits: readonly PaintedHit[]): void;
  destroy(): void;
}

/** ProseMirror's own lookup: a few steps down its view tree per hit, never a walk over a paragraph's nodes (hits are a few per paragraph). */
const pointAt = (view: EditorView) => (pos: number): DomPoint => {
  const { node, offset } = view.domAtPos(pos);
  return { node, offset };
};

const HIT: readonly string[] = [SEARCH_HIT];
const CURRENT: readonly string[] = [SEARCH_CURRENT];

/**
 * Paints the search hits through the shared highlight painter (`createHighlightPainter`), so a
 * key typed into the search field changes no element of the text. A new set of hits paints only
 * the hits that came, went or became (or stopped being) current; a tag re-anchors only the hits
 * of the paragraphs it redrew.
 */
export function createSearchHitPainter(deps: SearchHitPainterDeps): SearchHitPainter {
  const painter = createHighlightPainter({ ...deps, locate: pointAt, priorityOf: (name) => (name === SEARCH_CURRENT ? 3 : 2) });
  let painted: readonly PaintedHit[] = [];
  /** The painted hits by `from:to`, and whether each is the current one. */
  let byKey = new Map<string, boolean>();
  return {
    paint(hits) {
      if (hits === painted) return painter.follow();
      painted = hits;
      const next = new Map<string, boolean>();
      const put: [string, PaintedRange][] = [];
      for (const hit of hits) {
        const key = `${hit.from}:${hit.to}`;
        next.set(key, hit.current);
        if (byKey.get(key) !== hit.current) put.push([key, { from: hit.from, to: hit.to, names: hit.current ? CURRENT : HIT }]);
      }
      const dropped = [...byKey.keys()].filter((key) => !next.has(key));
      byKey = next;
      painter.apply(dropped, put);
    },
    destroy: () => painter.destroy(),
  };
}
