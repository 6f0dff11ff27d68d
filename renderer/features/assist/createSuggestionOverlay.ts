import type { EditorView } from '@tiptap/pm/view';
import { textBoundaries } from '../../editor/textBoundaries';
import type { Box } from './linePieces';
import { dashedLinesPath } from './dashedLinesPath';

export type { Box } from './linePieces';
export { SUGGESTION_LINE, CURRENT_SUGGESTION_LINE } from './dashedLinesPath';

const SVG = 'http://www.w3.org/2000/svg';

/** One suggestion to paint: its label, editor positions, whether it is the current one, and its text (`data-text`, so a test reads what is dashed without our state). */
export interface PaintedSuggestion {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
  readonly text: string;
}

/** Where a painted suggestion stands in the text: the text nodes and offsets of its ends (a Range's boundaries). */
export interface TextSpan {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

/** What the overlay needs: the editor, the layer it draws into (in the scroll content), how layout is read, and the next animation frame. */
export interface SuggestionOverlayDeps {
  readonly view: EditorView;
  readonly layer: HTMLElement;
  /** The client boxes of the text of `span` (a Range's `getClientRects`; tests pass their own). */
  rectsOf(span: TextSpan): readonly Box[];
  /** The client box of an element (its `getBoundingClientRect`). */
  boxOf(element: Element): Box;
  /** Runs `run` in the next animation frame's callbacks, where reading layout costs the frame's own layout, not an extra one. */
  nextFrame(run: () => void): void;
  /** Told once after each pass that added, moved or took away a box (a paint the bench probe stamps). */
  changed?(): void;
}

/** The painter of the drawn suggestions (see `createSuggestionOverlay`). */
export interface SuggestionPainter {
  /** Takes the `dropped` suggestions away and measures and draws the `put` ones now (call it in an animation frame, as the review draws). */
  apply(dropped: Iterable<string>, put: Iterable<readonly [string, PaintedSuggestion]>): void;
  /** Follows the editor's last DOM changes (call after each editor update; a mutation observer also calls it). */
  follow(): void;
  /** The text's box changed: places every paragraph's drawing again, and with `width` measures every suggestion again, now (call it where layout is fresh: a ResizeObserver's callback). */
  relayout(width: boolean): void;
  /** Where suggestion `id` is painted, or null (not painted, or in text not drawn yet). */
  rangeOf(id: string): TextSpan | null;
  destroy(): void;
}

interface Entry {
  readonly id: string;
  readonly suggestion: PaintedSuggestion;
  /** The content start of the paragraph the suggestion starts in: its group, and where a redraw finds it. */
  readonly paragraph: number;
  /** Its path in its paragraph's drawing (two dashed lines per line piece), or null (its text not drawn yet). */
  element: SVGPathElement | null;
  /** What its path shows (class, label and lines), so a pass that finds it unmoved leaves it alone. */
  drawn: string;
}

/** The boxes of one paragraph's suggestions: placed at the paragraph's corner, so a shift of the paragraph moves one element. */
interface Group {
  readonly element: SVGSVGElement;
  paragraph: Element | null;
  left: number;
  top: number;
  readonly ids: Set<string>;
}

/** Whether a DOM node is, or holds, a widget (ProseMirror's `.ProseMirror-widget`, `contenteditable=false`): a chip that moves the glyphs after it. */
function holdsWidget(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return node.matches('.ProseMirror-widget, [contenteditable="false"]') || node.querySelector('.ProseMirror-widget, [contenteditable="false"]') !== null;
}

/**
 * Paints suggestions as dashed lines of our own in a contained layer beside the text — one SVG
 * drawing per paragraph, placed at its corner, one path per suggestion with a line above and below
 * each line piece — instead of `::highlight()` text decorations, which Chromium rebuilds on every
 * DOM change of the page (SVG paths, not a positioned box per piece: no paint layer per piece to
 * lay out, hit-test and layerize). The boxes are measured in
 * an animation frame, never in a key's task; a tag does not move glyphs (its tint, line and chip
 * take no room in the line), so a paragraph redrawn for a tag is not measured again — only one
 * whose redraw added or took away a widget or changed text, a newly drawn paragraph, and every
 * paragraph when the text's width changed. Positions map to the text through the editor, so a
 * redraw that replaces text nodes leaves the boxes as they are.
 */
export function createSuggestionOverlay(deps: SuggestionOverlayDeps): SuggestionPainter {
  const { view, layer } = deps;
  const doc = layer.ownerDocument;
  const entries = new Map<string, Entry>();
  const groups = new Map<number, Group>();
  /** Suggestions to measure and draw in the next pass; paragraphs whose group is placed again. */
  const dirty = new Set<string>();
  const unplaced = new Set<number>();
  let scheduled = false;

  const paragraphOf = (pos: number) => view.state.doc.resolve(pos).start();
  const paragraphElement = (start: number) => {
    const dom = view.nodeDOM(start - 1);
    return dom instanceof Element && dom.isConnected ? dom : null;
  };
  const groupOf = (start: number) => {
    let group = groups.get(start);
    if (!group) {
      const element = doc.createElementNS(SVG, 'svg');
      element.setAttribute('class', 'tw-sug-group');
      group = { element, paragraph: null, left: Number.NaN, top: Number.NaN, ids: new Set() };
      groups.set(start, group);
    }
    return group;
  };
  const erase = (entry: Entry) => {
    entry.element?.remove();
    entry.element = null;
    entry.drawn = '';
    groups.get(entry.paragraph)?.ids.delete(entry.id);
  };

  /** One pass: reads the layer's, the unplaced groups' and the dirty suggestions' boxes, then writes them all. */
  const pass = () => {
    if (dirty.size === 0 && unplaced.size === 0) return;
    const at = textBoundaries(view);
    const origin = deps.boxOf(layer);
    const measured: [Entry, readonly Box[]][] = [];
    for (const id of dirty) {
      const entry = entries.get(id);
      if (!entry) continue;
      const start = at(entry.suggestion.from);
      const end = start && at(entry.suggestion.to);
      const paragraph = start && end ? paragraphElement(entry.paragraph) : null;
      if (paragraph) {
        const group = groupOf(entry.paragraph);
        if (group.paragraph !== paragraph) unplaced.add(entry.paragraph);
        group.paragraph = paragraph;
      }
      measured.push([entry, start && end && paragraph ? deps.rectsOf({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset }) : []]);
    }
    const placed: [Group, number, number][] = [];
    for (const start of unplaced) {
      const group = groups.get(start);
      const paragraph = group && (group.paragraph?.isConnected ? group.paragraph : paragraphElement(start));
      if (!group || !paragraph) continue;
      group.paragraph = paragraph;
      const box = deps.boxOf(paragraph);
      placed.push([group, box.left - origin.left, box.top - origin.top]);
    }
    // Write.
    let painted = false;
    for (const [group, left, top] of placed) {
      if (group.left === left && group.top === top) continue;
      group.left = left;
      group.top = top;
      group.element.style.left = `${left}px`;
      group.element.style.top = `${top}px`;
      painted = true;
    }
    for (const [entry, rects] of measured) {
      const group = groups.get(entry.paragraph);
      if (!group || rects.length === 0) {
        painted ||= entry.element !== null;
        erase(entry);
        continue;
      }
      const x = origin.left + group.left;
      const y = origin.top + group.top;
      const d = dashedLinesPath(rects, x, y, entry.suggestion.current);
      const className = entry.suggestion.current ? 'tw-sug tw-sug-current' : 'tw-sug';
      const drawn = `${className}|${entry.suggestion.label}|${d}`;
      // A path that did not move is left alone.
      if (entry.element && entry.drawn === drawn && entry.element.parentNode === group.element) continue;
      painted = true;
      const element = entry.element ?? doc.createElementNS(SVG, 'path');
      element.setAttribute('class', className);
      element.setAttribute('data-label', entry.suggestion.label);
      element.setAttribute('data-text', entry.suggestion.text);
      element.setAttribute('d', d);
      group.ids.add(entry.id);
      if (element.parentNode !== group.element) group.element.append(element);
      if (!group.element.isConnected) layer.append(group.element);
      entry.element = element;
      entry.drawn = drawn;
    }
    dirty.clear();
    unplaced.clear();
    // Groups with nothing left go, so the layer holds only the drawn paragraphs' boxes.
    for (const [start, group] of groups) {
      if (group.ids.size > 0) continue;
      group.element.remove();
      groups.delete(start);
    }
    if (painted) deps.changed?.();
  };
  const schedule = () => {
    if (scheduled || (dirty.size === 0 && unplaced.size === 0)) return;
    scheduled = true;
    deps.nextFrame(() => {
      scheduled = false;
      pass();
    });
  };

  /** The content start of a paragraph element of the editor, or null. */
  const startOf = (p: Element) => {
    try {
      return view.posAtDOM(p, 0);
    } catch {
      return null;
    }
  };

  /**
   * Follows DOM changes: a paragraph whose redraw added or took away a widget, or changed text, is
   * measured again; a paragraph drawn anew (its chunk drawn, or the element replaced) gets its
   * suggestions not drawn yet measured and its group placed again. A tag's redraw moves nothing.
   */
  const follow = (records: readonly MutationRecord[]) => {
    if (records.length === 0 || entries.size === 0) return;
    const moved = new Set<Element>();
    const fresh = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const inside = target?.closest('p');
      if (inside && view.dom.contains(inside)) {
        if (record.type === 'characterData' || [...record.addedNodes, ...record.removedNodes].some(holdsWidget)) moved.add(inside);
        continue;
      }
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        for (const p of added.matches('p') ? [added] : added.querySelectorAll('p')) {
          fresh.add(p);
          if (holdsWidget(p)) moved.add(p);
        }
      }
    }
    if (moved.size === 0 && fresh.size === 0) return;
    const byParagraph = new Map<number, Entry[]>();
    for (const entry of entries.values()) byParagraph.set(entry.paragraph, [...(byParagraph.get(entry.paragraph) ?? []), entry]);
    for (const p of new Set([...moved, ...fresh])) {
      const start = p.isConnected ? startOf(p) : null;
      if (start === null) continue;
      for (const entry of byParagraph.get(start) ?? []) if (moved.has(p) || !entry.element) dirty.add(entry.id);
      if (groups.has(start)) unplaced.add(start);
    }
    schedule();
  };
  const observer = new MutationObserver(follow);
  observer.observe(view.dom, { childList: true, characterData: true, subtree: true });

  return {
    apply(dropped, put) {
      follow(observer.takeRecords());
      let erased = false;
      for (const id of dropped) {
        const entry = entries.get(id);
        if (!entry) continue;
        erased ||= entry.element !== null;
        erase(entry);
        entries.delete(id);
        dirty.delete(id);
      }
      let putAny = false;
      for (const [id, suggestion] of put) {
        const old = entries.get(id);
        const entry: Entry = { id, suggestion, paragraph: paragraphOf(suggestion.from), element: old?.element ?? null, drawn: old?.drawn ?? '' };
        if (old && old.paragraph !== entry.paragraph) erase(old);
        entries.set(id, entry);
        dirty.add(id);
        putAny = true;
      }
      if (putAny) pass();
      else if (erased) {
        // Only drops: their boxes went now (the frame of the key that dropped them), and their groups when emptied.
        for (const [start, group] of groups) {
          if (group.ids.size > 0) continue;
          group.element.remove();
          groups.delete(start);
        }
        deps.changed?.();
        schedule();
      }
    },
    follow: () => follow(observer.takeRecords()),
    relayout(width) {
      for (const start of groups.keys()) unplaced.add(start);
      if (width) for (const id of entries.keys()) dirty.add(id);
      pass();
    },
    rangeOf(id) {
      const entry = entries.get(id);
      if (!entry?.element) return null;
      const at = textBoundaries(view);
      const start = at(entry.suggestion.from);
      const end = start && at(entry.suggestion.to);
      return start && end ? { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset } : null;
    },
    destroy() {
      observer.disconnect();
      for (const group of groups.values()) group.element.remove();
      groups.clear();
      entries.clear();
      dirty.clear();
      unplaced.clear();
    },
  };
}
