import type { EditorView } from '@tiptap/pm/view';
import type { DomPoint } from '../features/assist/textBoundaries';

/** One search hit to paint: its editor range and whether it is the current hit. */
export interface PaintedHit {
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
}

/** The browser's highlight registry as used here (`CSS.highlights`), so tests can pass their own. */
export interface HitRegistryLike {
  get(name: string): Highlight | undefined;
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): unknown;
}

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
  /** Paints `hits` (the same array again repaints only when the editor's DOM changed since). */
  paint(hits: readonly PaintedHit[]): void;
  destroy(): void;
}

/**
 * Paints the search hits with the CSS Custom Highlight API: static ranges over the editor's text
 * nodes, so a key typed into the search field changes no element of the text (no paragraph is
 * redrawn or laid out again, only repainted). ProseMirror replaces text nodes when it redraws a
 * paragraph (a tag, a chunk built): while hits are painted a mutation observer watches the text,
 * and after any change every painted hit is anchored anew (a few dozen lookups).
 */
export function createSearchHitPainter(deps: SearchHitPainterDeps): SearchHitPainter {
  const { view, registry } = deps;
  let painted: readonly PaintedHit[] = [];
  let observing = false;
  const highlights = new Map<string, Highlight>();
  const highlightOf = (name: string) => {
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = deps.createHighlight();
      highlight.priority = name === SEARCH_CURRENT ? 3 : 2;
      highlights.set(name, highlight);
    }
    // A painter of an earlier view of the page may have held the name: the live view's highlight is the one registered.
    if (registry.get(name) !== highlight) registry.set(name, highlight);
    return highlight;
  };
  // ProseMirror's own lookup: a few steps down its view tree per hit, never a walk over a paragraph's nodes.
  const pointAt = (pos: number): DomPoint => {
    const { node, offset } = view.domAtPos(pos);
    return { node, offset };
  };
  const draw = () => {
    const all = highlightOf(SEARCH_HIT);
    const current = highlightOf(SEARCH_CURRENT);
    const had = all.size + current.size;
    all.clear();
    current.clear();
    for (const hit of painted) {
      const range = deps.createRange(pointAt(hit.from), pointAt(hit.to));
      (hit.current ? current : all).add(range);
    }
    if (had + all.size + current.size > 0) deps.changed?.();
  };
  const observer = new MutationObserver(() => {
    if (painted.length > 0) draw();
  });
  return {
    paint(hits) {
      const domChanged = observer.takeRecords().length > 0;
      if (hits === painted && !domChanged) return;
      painted = hits;
      if (hits.length > 0 && !observing) {
        observer.observe(view.dom, { childList: true, characterData: true, subtree: true });
        observing = true;
      } else if (hits.length === 0 && observing) {
        observer.disconnect();
        observing = false;
      }
      draw();
    },
    destroy() {
      observer.disconnect();
      for (const [name, highlight] of highlights) if (registry.get(name) === highlight) registry.delete(name);
      highlights.clear();
    },
  };
}
