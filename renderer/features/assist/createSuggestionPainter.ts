import type { EditorView } from '@tiptap/pm/view';
import { textBoundaries, type DomPoint } from './textBoundaries';

/** One suggestion to paint: its label, editor positions and whether it is the current one. */
export interface PaintedSuggestion {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
}

/** The browser's highlight registry as used here (`CSS.highlights`), so tests can pass their own. */
export interface HighlightRegistryLike {
  get(name: string): Highlight | undefined;
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): unknown;
}

/** What the painter needs: the editor, the registry, and how a highlight and a range are made. */
export interface SuggestionPainterDeps {
  readonly view: EditorView;
  readonly registry: HighlightRegistryLike;
  createHighlight(): Highlight;
  createRange(start: DomPoint, end: DomPoint): AbstractRange;
  /** Told once after each pass that added or took away a range (a paint no DOM change shows: the bench probe listens). */
  changed?(): void;
}

/** The highlight name of a label's suggestions (`::highlight(tw-sug-<label>)` in assist.css), and of the current one. */
export const highlightName = (label: string, current = false) => `tw-sug${current ? '-current' : ''}-${label}`;

/** The painter of the drawn suggestions (see `createSuggestionPainter`). */
export interface SuggestionPainter {
  /** Takes the `dropped` suggestions away and paints (or repaints) the `put` ones, in one pass over the text. */
  apply(dropped: Iterable<string>, put: Iterable<readonly [string, PaintedSuggestion]>): void;
  /** Re-anchors what the editor's last DOM changes moved (call after each editor update; a mutation observer also calls it). */
  follow(): void;
  /** The painted range of suggestion `id`, or null (not painted, or in text not drawn yet). */
  rangeOf(id: string): AbstractRange | null;
  destroy(): void;
}

interface Entry {
  suggestion: PaintedSuggestion;
  range: AbstractRange | null;
  /** The paragraphs (their content's start position) the suggestion lies in: where a redraw of the text finds it. */
  paragraphs: readonly number[];
}

/**
 * Paints suggestions with the CSS Custom Highlight API: one highlight per label and one per
 * label for the current suggestion (priority 1, so its thicker line is painted over), each a set
 * of static ranges over the editor's text nodes, so a suggestion adds no element to the text and a
 * tag's redraw of its paragraph rebuilds no suggestion pieces. ProseMirror replaces text nodes when
 * it redraws a paragraph: the ranges of the paragraphs a DOM change touched are anchored anew from
 * the editor's positions; a suggestion in a chunk not drawn yet is painted when its chunk is drawn.
 */
export function createSuggestionPainter(deps: SuggestionPainterDeps): SuggestionPainter {
  const { view, registry } = deps;
  const entries = new Map<string, Entry>();
  const byParagraph = new Map<number, Set<string>>();
  const highlights = new Map<string, Highlight>();
  /** True once the running pass has added or taken away a range. */
  let touched = false;
  const told = () => {
    if (touched) deps.changed?.();
    touched = false;
  };

  const highlightOf = (label: string, current: boolean) => {
    const name = highlightName(label, current);
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = deps.createHighlight();
      highlight.priority = current ? 1 : 0;
      highlights.set(name, highlight);
    }
    // A painter of an earlier view of the page may have held the name: the live view's highlight is the one registered.
    if (registry.get(name) !== highlight) registry.set(name, highlight);
    return highlight;
  };
  const unpaint = (entry: Entry) => {
    if (!entry.range) return;
    touched = true;
    highlightOf(entry.suggestion.label, false).delete(entry.range);
    if (entry.suggestion.current) highlightOf(entry.suggestion.label, true).delete(entry.range);
    entry.range = null;
  };
  const paint = (entry: Entry, at: (pos: number) => DomPoint | null) => {
    unpaint(entry);
    const start = at(entry.suggestion.from);
    const end = start && at(entry.suggestion.to);
    if (!start || !end) return;
    entry.range = deps.createRange(start, end);
    touched = true;
    highlightOf(entry.suggestion.label, false).add(entry.range);
    if (entry.suggestion.current) highlightOf(entry.suggestion.label, true).add(entry.range);
  };
  const paragraphsOf = (s: PaintedSuggestion) => {
    const { doc } = view.state;
    const first = doc.resolve(s.from).start();
    const last = doc.resolve(s.to).start();
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

  const follow = (records: readonly MutationRecord[]) => {
    reanchor(records);
    told();
  };
  const reanchor = (records: readonly MutationRecord[]) => {
    if (records.length === 0 || entries.size === 0) return;
    const touched = new Set<Element>();
    const changed = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      paragraphsUnder(record.target, touched);
      for (const added of record.addedNodes) paragraphsUnder(added, touched);
    }
    const at = textBoundaries(view);
    for (const p of touched) {
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

  const observer = new MutationObserver(follow);
  observer.observe(view.dom, { childList: true, characterData: true, subtree: true });

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
      const at = textBoundaries(view);
      for (const [id, suggestion] of put) {
        const old = entries.get(id);
        if (old) {
          unpaint(old);
          unindex(id, old);
        }
        const entry: Entry = { suggestion, range: null, paragraphs: paragraphsOf(suggestion) };
        entries.set(id, entry);
        for (const p of entry.paragraphs) {
          let ids = byParagraph.get(p);
          if (!ids) byParagraph.set(p, (ids = new Set()));
          ids.add(id);
        }
        paint(entry, at);
      }
      told();
    },
    follow: () => follow(observer.takeRecords()),
    rangeOf: (id) => entries.get(id)?.range ?? null,
    destroy() {
      observer.disconnect();
      for (const [name, highlight] of highlights) if (registry.get(name) === highlight) registry.delete(name);
      highlights.clear();
      entries.clear();
      byParagraph.clear();
    },
  };
}
