import type { EditorView } from '@tiptap/pm/view';
import { textBoundaries, type DomPoint } from './textBoundaries';

/** The thickness (px) of a suggestion's dashed lines, and of the current one's (assist.css draws them). */
const LINE = 2;
const CURRENT_LINE = 3;

/**
 * A range's client boxes as line pieces: a range over several inline elements gives a box per
 * element and per text piece, so boxes on the same line that touch or overlap are merged.
 */
export function linePieces(rects: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const r of rects) {
    if (r.width <= 0) continue;
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - r.top) < 1 && Math.abs(last.height - r.height) < 1 && r.left <= last.left + last.width + 1 && r.left + r.width >= last.left - 1) {
      const left = Math.min(last.left, r.left);
      out[out.length - 1] = { left, top: last.top, width: Math.max(last.left + last.width, r.left + r.width) - left, height: last.height };
    } else out.push(r);
  }
  return out;
}

/** One suggestion to paint: its label, editor positions and whether it is the current one. */
export interface PaintedSuggestion {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
  /** Its text, on the drawn element (`data-text`), so a test reads what is dashed without our state. */
  readonly text: string;
}

/** Where a painted suggestion stands in the text: the text nodes and offsets it was anchored on. */
export interface TextSpan {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

/** A box in client px, as `getClientRects` gives it. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** What the overlay needs: the editor, the layer it draws into (inside the scroll content), and how a span's line boxes are read. */
export interface SuggestionOverlayDeps {
  readonly view: EditorView;
  readonly layer: HTMLElement;
  /** The client boxes of the text of `span`, one per line piece (a live Range's `getClientRects`; tests pass their own). */
  rectsOf(span: TextSpan): readonly Box[];
  /** The client box of an element (its `getBoundingClientRect`). */
  boxOf(element: Element): Box;
  /** Told once after each pass that added, moved or took away a box (a paint the bench probe stamps). */
  changed?(): void;
}

/** The painter of the drawn suggestions (see `createSuggestionOverlay`). */
export interface SuggestionPainter {
  /** Takes the `dropped` suggestions away and paints (or repaints) the `put` ones, in one pass over the text. */
  apply(dropped: Iterable<string>, put: Iterable<readonly [string, PaintedSuggestion]>): void;
  /** Re-anchors and re-measures what the editor's last DOM changes moved (call after each editor update; a mutation observer also calls it). */
  follow(): void;
  /** Re-measures every painted suggestion (the text's width changed). */
  remeasure(): void;
  /** Where suggestion `id` is painted, or null (not painted, or in text not drawn yet). */
  rangeOf(id: string): TextSpan | null;
  destroy(): void;
}

interface Entry {
  suggestion: PaintedSuggestion;
  span: TextSpan | null;
  /** The paragraphs (their content's start position) the suggestion lies in: where a redraw of the text finds it. */
  paragraphs: readonly number[];
  /** Its element in the layer (one child box per line piece), or null. */
  element: HTMLElement | null;
  /** What its element shows (class, label and line boxes), so a pass that finds it unmoved leaves it alone. */
  drawn: string;
}

/** The boxes of one paragraph's suggestions: a group placed at the paragraph's corner, so a shift of the paragraph moves one element. */
interface Group {
  readonly element: HTMLElement;
  paragraph: Element;
  left: number;
  top: number;
  readonly ids: Set<string>;
}

/**
 * Paints suggestions as dashed boxes of our own in a layer inside the scroll content (one box per
 * line piece of a suggestion, grouped per paragraph and placed relative to it), instead of
 * `::highlight()` text decorations: Chromium rebuilds every highlight marker on any DOM change, so
 * each drawn range cost every key press; here a tag re-measures only the suggestions of the
 * paragraph it changed, a scroll costs nothing, and the layer is contained so its boxes never lay
 * out the text. Each pass reads every box first, then writes. ProseMirror replaces text nodes
 * when it redraws a paragraph: the suggestions of the paragraphs a DOM change touched are
 * anchored anew from the editor's positions; a suggestion in a chunk not drawn yet is painted
 * when its chunk is drawn.
 */
export function createSuggestionOverlay(deps: SuggestionOverlayDeps): SuggestionPainter {
  const { view, layer } = deps;
  const doc = layer.ownerDocument;
  const entries = new Map<string, Entry>();
  const byParagraph = new Map<number, Set<string>>();
  const groups = new Map<Element, Group>();
  /** Suggestions to measure and draw in the next pass, and suggestions whose element goes. */
  const dirty = new Set<string>();
  const gone: HTMLElement[] = [];

  const paragraphsOf = (s: PaintedSuggestion) => {
    const first = view.state.doc.resolve(s.from).start();
    const last = view.state.doc.resolve(s.to).start();
    return first === last ? [first] : [first, last];
  };
  const unindex = (id: string, entry: Entry) => {
    for (const p of entry.paragraphs) {
      const ids = byParagraph.get(p);
      ids?.delete(id);
      if (ids?.size === 0) byParagraph.delete(p);
    }
  };
  const anchor = (entry: Entry, at: (pos: number) => DomPoint | null) => {
    const start = at(entry.suggestion.from);
    const end = start && at(entry.suggestion.to);
    entry.span = start && end ? { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset } : null;
  };
  const forget = (id: string, entry: Entry) => {
    if (entry.element) gone.push(entry.element);
    entry.element = null;
    for (const group of groups.values()) group.ids.delete(id);
  };

  /** Whether a span still stands on the text nodes it was made on (never moved: the text is read-only). */
  const stands = (span: TextSpan, changed: ReadonlySet<Node>) =>
    span.startContainer.isConnected && span.endContainer.isConnected && !changed.has(span.startContainer) && !changed.has(span.endContainer);

  /** The paragraph element (`<p>`) a changed node lies in; with `inner`, also the paragraphs under it (an added chunk holds whole paragraphs). */
  const paragraphsUnder = (node: Node, into: Set<Element>, inner: boolean) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || !view.dom.contains(element)) return;
    const p = element.closest('p');
    if (p && view.dom.contains(p)) into.add(p);
    else if (inner) for (const under of element.querySelectorAll('p')) into.add(under);
  };

  /** The editor position of a DOM node's start, or null (not in the editor's text). */
  const posOf = (node: Node) => {
    try {
      return view.posAtDOM(node, 0);
    } catch {
      return null;
    }
  };

  /**
   * Follows DOM changes: the suggestions of a touched paragraph that end at or after its first
   * changed node are measured again (a tag's chip moves the text after it; the text before it, on
   * its line and the lines above, stays), and any whose nodes went are anchored anew.
   */
  const reanchor = (records: readonly MutationRecord[]) => {
    if (records.length === 0 || entries.size === 0) return false;
    const firstChange = new Map<Element, number>();
    const changed = new Set<Node>();
    const note = (p: Element, node: Node | null) => {
      const at = node ? posOf(node) : null;
      const before = firstChange.get(p);
      firstChange.set(p, at === null ? -1 : before === undefined ? at : Math.min(before, at));
    };
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      const touched = new Set<Element>();
      // A paragraph replaced in its chunk is a change of the chunk's children: the new paragraph is among the added nodes, the others stand.
      paragraphsUnder(record.target, touched, false);
      for (const p of touched) note(p, record.type === 'characterData' ? record.target : (record.addedNodes[0] ?? record.nextSibling ?? null));
      for (const added of record.addedNodes) {
        const inner = new Set<Element>();
        paragraphsUnder(added, inner, true);
        for (const p of inner) note(p, p.contains(added) && p !== added ? added : null);
      }
    }
    const at = textBoundaries(view);
    for (const [p, from] of firstChange) {
      if (!p.isConnected) continue;
      const start = posOf(p);
      if (start === null) continue;
      for (const id of byParagraph.get(start) ?? []) {
        const entry = entries.get(id);
        if (!entry) continue;
        const stood = entry.span !== null && stands(entry.span, changed);
        if (!stood) anchor(entry, at);
        if (!stood || entry.suggestion.to >= from) dirty.add(id);
      }
    }
    return true;
  };

  const groupOf = (paragraph: Element) => {
    let group = groups.get(paragraph);
    if (!group) {
      const element = doc.createElement('div');
      element.className = 'tw-sug-group';
      group = { element, paragraph, left: Number.NaN, top: Number.NaN, ids: new Set() };
      groups.set(paragraph, group);
    }
    return group;
  };

  /** One pass: reads the layer's, the groups' and the dirty suggestions' boxes, then writes them all. */
  const pass = (layoutMoved: boolean) => {
    if (dirty.size === 0 && gone.length === 0 && !layoutMoved) return;
    // Read.
    const origin = deps.boxOf(layer);
    const measured: [Entry, Group | null, readonly Box[]][] = [];
    for (const id of dirty) {
      const entry = entries.get(id);
      if (!entry) continue;
      const span = entry.span;
      const paragraph = span && span.startContainer.isConnected && span.endContainer.isConnected ? (span.startContainer.parentElement?.closest('p') ?? null) : null;
      measured.push([entry, paragraph ? groupOf(paragraph) : null, paragraph && span ? deps.rectsOf(span) : []]);
    }
    const placed: [Group, number, number][] = [];
    for (const group of groups.values()) {
      if (!group.paragraph.isConnected) continue;
      const box = deps.boxOf(group.paragraph);
      placed.push([group, box.left - origin.left, box.top - origin.top]);
    }
    // Write.
    let painted = gone.length > 0;
    for (const element of gone.splice(0)) element.remove();
    for (const [group, left, top] of placed) {
      if (group.left === left && group.top === top) continue;
      group.left = left;
      group.top = top;
      group.element.style.transform = `translate(${left}px, ${top}px)`;
      painted = true;
    }
    const groupLeft = new Map(placed.map(([g, left, top]) => [g, [left + origin.left, top + origin.top] as const]));
    for (const [entry, group, rects] of measured) {
      const id = idOf(entry);
      if (!group || rects.length === 0) {
        if (entry.element) {
          painted = true;
          entry.element.remove();
        }
        entry.element = null;
        entry.drawn = '';
        continue;
      }
      const [gx, gy] = groupLeft.get(group) ?? [origin.left, origin.top];
      // Where text-decoration drew them: the line above ends at the text box's top, the one below starts 4 px above its bottom.
      const w = entry.suggestion.current ? CURRENT_LINE : LINE;
      const lines = linePieces(rects).map((r) => `left:${r.left - gx}px;top:${r.top - gy - w}px;width:${r.width}px;height:${r.height - 4 + 2 * w}px`);
      const className = entry.suggestion.current ? 'tw-sug tw-sug-current' : 'tw-sug';
      const drawn = `${className}|${entry.suggestion.label}|${lines.join('|')}`;
      // Boxes that did not move are left alone: a tag re-measures its paragraph's suggestions but redraws only those it moved.
      if (entry.element && entry.drawn === drawn && entry.element.parentElement === group.element) continue;
      painted = true;
      for (const g of groups.values()) if (g !== group) g.ids.delete(id);
      let element = entry.element;
      if (!element) element = doc.createElement('div');
      element.className = className;
      element.dataset.label = entry.suggestion.label;
      element.dataset.text = entry.suggestion.text;
      const spans = element.children;
      while (spans.length > lines.length) spans[spans.length - 1]?.remove();
      lines.forEach((css, i) => {
        const line = spans[i] ?? element.appendChild(doc.createElement('span'));
        if ((line as HTMLElement).style.cssText !== css) (line as HTMLElement).style.cssText = css;
      });
      group.ids.add(id);
      if (element.parentElement !== group.element) group.element.append(element);
      if (!group.element.isConnected) layer.append(group.element);
      entry.element = element;
      entry.drawn = drawn;
    }
    dirty.clear();
    // Groups with nothing left go, so the layer holds only the drawn paragraphs' boxes.
    for (const [paragraph, group] of groups) {
      if (group.ids.size > 0 && paragraph.isConnected) continue;
      group.element.remove();
      groups.delete(paragraph);
    }
    if (painted) deps.changed?.();
  };
  const ids = new WeakMap<Entry, string>();
  const idOf = (entry: Entry) => ids.get(entry) ?? '';

  const follow = (records: readonly MutationRecord[]) => pass(reanchor(records));
  const observer = new MutationObserver(follow);
  observer.observe(view.dom, { childList: true, characterData: true, subtree: true });

  return {
    apply(dropped, put) {
      // Text changed since the last lookups is followed first, so new spans are made on today's nodes.
      const moved = reanchor(observer.takeRecords());
      for (const id of dropped) {
        const entry = entries.get(id);
        if (!entry) continue;
        forget(id, entry);
        unindex(id, entry);
        entries.delete(id);
        dirty.delete(id);
      }
      const at = textBoundaries(view);
      for (const [id, suggestion] of put) {
        const old = entries.get(id);
        if (old) unindex(id, old);
        const entry: Entry = { suggestion, span: null, paragraphs: paragraphsOf(suggestion), element: old?.element ?? null, drawn: old?.drawn ?? '' };
        ids.set(entry, id);
        entries.set(id, entry);
        for (const p of entry.paragraphs) {
          let list = byParagraph.get(p);
          if (!list) byParagraph.set(p, (list = new Set()));
          list.add(id);
        }
        anchor(entry, at);
        dirty.add(id);
      }
      pass(moved);
    },
    follow: () => follow(observer.takeRecords()),
    remeasure() {
      for (const id of entries.keys()) dirty.add(id);
      pass(true);
    },
    rangeOf: (id) => {
      const span = entries.get(id)?.span ?? null;
      return span && span.startContainer.isConnected ? span : null;
    },
    destroy() {
      observer.disconnect();
      for (const group of groups.values()) group.element.remove();
      groups.clear();
      entries.clear();
      byParagraph.clear();
      dirty.clear();
    },
  };
}
