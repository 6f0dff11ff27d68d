import type { EditorView } from '@tiptap/pm/view';
import { textBoundaries, type DomPoint } from './textBoundaries';

/** One range to paint: its editor positions and the highlights (`::highlight(<name>)`) it belongs to. */
export interface PaintedRange {
  readonly from: number;
  readonly to: number;
  readonly names: readonly string[];
}

/** The browser's highlight registry as used here (`CSS.highlights`), so tests can pass their own. */
export interface HighlightRegistryLike {
  get(name: string): Highlight | undefined;
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): unknown;
}

/** What the painter needs: the editor, the registry, how a highlight and a range are made, and each name's priority. */
export interface HighlightPainterDeps {
  readonly view: EditorView;
  readonly registry: HighlightRegistryLike;
  createHighlight(): Highlight;
  createRange(start: DomPoint, end: DomPoint): AbstractRange;
  /** How one pass finds a position's DOM point (default `textBoundaries`: reads each paragraph's text nodes once, for many ranges per paragraph). */
  locate?(view: EditorView): (pos: number) => DomPoint | null;
  /** The priority of highlight `name` (the higher is painted over the lower). */
  priorityOf(name: string): number;
  /** Told once after each pass that added or took away a range (a paint no DOM change shows: the bench probe listens). */
  changed?(): void;
}

/** The painter of ranges by id (see `createHighlightPainter`). */
export interface HighlightPainter {
  /** Takes the `dropped` ids away and paints (or repaints) the `put` ones, in one pass over the text. */
  apply(dropped: Iterable<string>, put: Iterable<readonly [string, PaintedRange]>): void;
  /** Re-anchors what the editor's last DOM changes moved (call after each editor update; a mutation observer also calls it). */
  follow(): void;
  /** The painted range of `id`, or null (not painted, or in text not drawn yet). */
  rangeOf(id: string): AbstractRange | null;
  /** How many ids are kept (painted or waiting for their text to be drawn). */
  readonly size: number;
  destroy(): void;
}

interface Entry {
  painted: PaintedRange;
  range: AbstractRange | null;
  /** The paragraphs (their content's start position) the range lies in: where a redraw of the text finds it. */
  paragraphs: readonly number[];
}

/**
 * Paints ranges of the editor's text with the CSS Custom Highlight API (static ranges in named
 * highlights), so painting adds no element to the text and a tag's redraw of its paragraph rebuilds
 * no painted piece. ProseMirror replaces text nodes when it redraws a paragraph: the mutation
 * records name the paragraphs a DOM change touched, and only their ranges are anchored anew (an
 * index by paragraph, never a pass over all); a range in a chunk not drawn yet is painted when its
 * chunk is drawn. The text is watched only while something is kept.
 */
export function createHighlightPainter(deps: HighlightPainterDeps): HighlightPainter {
  const { view, registry } = deps;
  const locate = deps.locate ?? textBoundaries;
  const entries = new Map<string, Entry>();
  const byParagraph = new Map<number, Set<string>>();
  const highlights = new Map<string, Highlight>();
  let observing = false;
  /** True once the running pass has added or taken away a range. */
  let touched = false;
  const told = () => {
    if (touched) deps.changed?.();
    touched = false;
  };

  const highlightOf = (name: string) => {
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = deps.createHighlight();
      highlight.priority = deps.priorityOf(name);
      highlights.set(name, highlight);
    }
    // A painter of an earlier view of the page may have held the name: the live view's highlight is the one registered.
    if (registry.get(name) !== highlight) registry.set(name, highlight);
    return highlight;
  };
  const unpaint = (entry: Entry) => {
    if (!entry.range) return;
    touched = true;
    for (const name of entry.painted.names) highlightOf(name).delete(entry.range);
    entry.range = null;
  };
  const paint = (entry: Entry, at: (pos: number) => DomPoint | null) => {
    unpaint(entry);
    const start = at(entry.painted.from);
    const end = start && at(entry.painted.to);
    if (!start || !end) return;
    entry.range = deps.createRange(start, end);
    touched = true;
    for (const name of entry.painted.names) highlightOf(name).add(entry.range);
  };
  const paragraphsOf = (r: PaintedRange) => {
    const { doc } = view.state;
    const first = doc.resolve(r.from).start();
    const last = doc.resolve(r.to).start();
    return first === last ? [first] : [first, last];
  };
  const unindex = (id: string, entry: Entry) => {
    for (const p of entry.paragraphs) {
      const ids = byParagraph.get(p);
      ids?.delete(id);
      if (ids?.size === 0) byParagraph.delete(p);
    }
  };

  /** Whether a painted range still stands on the text nodes it was made on (never moved: the text is read-only). */
  const stands = (range: AbstractRange, changed: ReadonlySet<Node>) =>
    range.startContainer.isConnected && range.endContainer.isConnected && !changed.has(range.startContainer) && !changed.has(range.endContainer);

  /** The paragraph element (`<p>`) a changed node lies in, or the paragraphs under it when it holds whole paragraphs. */
  const paragraphsUnder = (node: Node, into: Set<Element>) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || !view.dom.contains(element)) return;
    const p = element.closest('p');
    if (p && view.dom.contains(p)) into.add(p);
    else for (const inner of element.querySelectorAll('p')) into.add(inner);
  };

  const reanchor = (records: readonly MutationRecord[]) => {
    if (records.length === 0 || entries.size === 0) return;
    const paragraphs = new Set<Element>();
    const changed = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      paragraphsUnder(record.target, paragraphs);
      for (const added of record.addedNodes) paragraphsUnder(added, paragraphs);
    }
    const at = locate(view);
    for (const p of paragraphs) {
      if (!p.isConnected) continue;
      let start: number;
      try {
        start = view.posAtDOM(p, 0);
      } catch {
        continue;
      }
      for (const id of byParagraph.get(start) ?? []) {
        const entry = entries.get(id);
        if (entry && !(entry.range && stands(entry.range, changed))) paint(entry, at);
      }
    }
  };

  const observer = new MutationObserver((records) => {
    reanchor(records);
    told();
  });
  const watch = () => {
    if (entries.size > 0 && !observing) observer.observe(view.dom, { childList: true, characterData: true, subtree: true });
    else if (entries.size === 0 && observing) observer.disconnect();
    observing = entries.size > 0;
  };

  return {
    apply(dropped, put) {
      // Text changed since the last lookups is followed first, so new ranges are made on today's nodes.
      reanchor(observer.takeRecords());
      for (const id of dropped) {
        const entry = entries.get(id);
        if (!entry) continue;
        unpaint(entry);
        unindex(id, entry);
        entries.delete(id);
      }
      let at: ((pos: number) => DomPoint | null) | null = null;
      for (const [id, painted] of put) {
        const old = entries.get(id);
        if (old) {
          unpaint(old);
          unindex(id, old);
        }
        const entry: Entry = { painted, range: null, paragraphs: paragraphsOf(painted) };
        entries.set(id, entry);
        for (const p of entry.paragraphs) {
          let ids = byParagraph.get(p);
          if (!ids) byParagraph.set(p, (ids = new Set()));
          ids.add(id);
        }
        paint(entry, (at ??= locate(view)));
      }
      watch();
      told();
    },
    follow() {
      if (!observing) return;
      reanchor(observer.takeRecords());
      told();
    },
    rangeOf: (id) => entries.get(id)?.range ?? null,
    get size() {
      return entries.size;
    },
    destroy() {
      observer.disconnect();
      observing = false;
      for (const [name, highlight] of highlights) if (registry.get(name) === highlight) registry.delete(name);
      highlights.clear();
      entries.clear();
      byParagraph.clear();
    },
  };
}
