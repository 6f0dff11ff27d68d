import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { TextRange } from '@shared/text/selectionRange';
import { pageHighlightDeps } from './pageHighlightDeps';
import { lazyChunksKey } from './lazyChunks';
import { createSearchHitPainter, type PaintedHit, type SearchHitPainter } from './searchHitPainter';

/** An editor range [from, to). */
export interface EditorRange {
  from: number;
  to: number;
}

/** Search hits as UTF-16 ranges of the text (in text order, each inside one line), which one is current, and where an offset is in the editor. */
export interface SearchHits {
  hits: readonly TextRange[];
  current: number;
  toPos(offset: number): number;
}

/** The drawn hits, the current hit's range (null when the search bar is closed or finds nothing), the hits, and the chunks whose hits are drawn. */
export interface SearchState {
  drawnHits: readonly PaintedHit[];
  current: EditorRange | null;
  search: SearchHits | null;
  drawn: ReadonlySet<number> | 'all';
}

export const searchKey = new PluginKey<SearchState>('searchHighlight');

const CLOSED: SearchState = { drawnHits: [], current: null, search: null, drawn: new Set() };

/** The current search hit while the search bar shows one: the text a label key then acts on. */
export function currentSearchHit(state: Parameters<typeof searchKey.getState>[0]): EditorRange | null {
  return searchKey.getState(state)?.current ?? null;
}

/** The first hit whose start is at or after editor position `pos` (hits.length when none is). */
function firstFrom(search: SearchHits, pos: number): number {
  let lo = 0;
  let hi = search.hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (search.toPos((search.hits[mid] as TextRange).start) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function paintedHit(search: SearchHits, index: number): PaintedHit {
  const hit = search.hits[index] as TextRange;
  return { from: search.toPos(hit.start), to: search.toPos(hit.end), current: index === search.current };
}

/** The hits inside the given chunks of `doc` (by index), or every hit for 'all'. */
function hitsIn(doc: PMNode, search: SearchHits, chunks: ReadonlySet<number> | 'all'): PaintedHit[] {
  if (chunks === 'all') return search.hits.map((_, i) => paintedHit(search, i));
  const hits: PaintedHit[] = [];
  doc.forEach((chunk, offset, index) => {
    if (!chunks.has(index)) return;
    const end = offset + chunk.nodeSize;
    for (let i = firstFrom(search, offset); i < search.hits.length && search.toPos((search.hits[i] as TextRange).start) < end; i++) hits.push(paintedHit(search, i));
  });
  return hits;
}

/** The chunks drawn with their paragraphs after this transaction ('all' without lazy chunks: every hit is drawn). */
function builtAfter(old: EditorState, built: readonly number[] | undefined): ReadonlySet<number> | 'all' {
  const before = lazyChunksKey.getState(old)?.built;
  if (!before) return 'all';
  return built ? new Set([...before, ...built]) : before;
}

/**
 * Highlights the search hits and, more strongly, the current one; meta carries the hits. Only the
 * hits in chunks drawn with their paragraphs (lazyChunks.ts) are painted, the others when their
 * chunk is built: a query's first letters find tens of thousands of hits in 1M characters. They
 * are painted as CSS highlights (searchHitPainter.ts), not decorations: a decoration per hit
 * redrew and laid out every paragraph with a hit on each key typed into the search field.
 */
export function searchHighlight(): Plugin<SearchState> {
  return new Plugin<SearchState>({
    key: searchKey,
    state: {
      init: () => CLOSED,
      apply(tr, value, old, state) {
        const search = tr.getMeta(searchKey) as SearchHits | undefined;
        const built = tr.getMeta(lazyChunksKey) as readonly number[] | undefined;
        if (search) {
          if (search.hits.length === 0) return CLOSED;
          const drawn = builtAfter(old, built);
          const hit = search.hits[search.current];
          return {
            drawnHits: hitsIn(state.doc, search, drawn),
            current: hit ? { from: search.toPos(hit.start), to: search.toPos(hit.end) } : null,
            search,
            drawn,
          };
        }
        if (!built || !value.search || value.drawn === 'all') return value;
        const drawnBefore = value.drawn;
        const fresh = new Set(built.filter((index) => !drawnBefore.has(index)));
        if (fresh.size === 0) return value;
        return { ...value, drawnHits: [...value.drawnHits, ...hitsIn(state.doc, value.search, fresh)], drawn: new Set([...drawnBefore, ...fresh]) };
      },
    },
    view: (view) => {
      const painter = painterFor(view);
      painter?.paint(searchKey.getState(view.state)?.drawnHits ?? []);
      return {
        update: (v) => painter?.paint(searchKey.getState(v.state)?.drawnHits ?? []),
        destroy: () => painter?.destroy(),
      };
    },
  });
}

/** The painter a view gets: on the page's highlight registry; none where the browser has no Custom Highlight API. */
function painterFor(view: EditorView): SearchHitPainter | null {
  const deps = pageHighlightDeps(view);
  return deps && createSearchHitPainter(deps);
}
