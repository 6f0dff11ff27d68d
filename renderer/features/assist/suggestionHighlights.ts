import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Suggestion } from '@shared/assist/suggestion';
import type { Annotation } from '@shared/annotation/annotation';
import { highlightKey, type HighlightChange } from '../../editor/annotationHighlights';
import { createSuggestionOverlay, type SuggestionPainter, type TextSpan } from './createSuggestionOverlay';
import { highlightsChangedEvent } from './highlightsChangedEvent';

/**
 * One change to what the text draws of the suggestions: the suggestions `touched` by a change
 * (accepted, rejected, covered by a new tag, learned, scrolled into or out of the drawn range), of
 * which `drawn` are the ones to draw now, and the current suggestion; everything else stays as it
 * is, so a key press redraws a handful, not the screen.
 */
export interface SuggestionDraw {
  readonly touched: ReadonlySet<string>;
  readonly drawn: readonly Suggestion[];
  readonly currentId: string | null;
}

/** A drawn suggestion: the suggestion, its editor positions, and whether it is the current one. */
export interface DrawnSuggestion {
  readonly suggestion: Suggestion;
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
}

/** What the plugin keeps: each drawn suggestion by id, and which is current. */
export interface SuggestionDrawState {
  readonly drawn: ReadonlyMap<string, DrawnSuggestion>;
  readonly currentId: string | null;
}

export const suggestionKey = new PluginKey<SuggestionDrawState>('suggestionHighlights');

const EMPTY: SuggestionDrawState = { drawn: new Map(), currentId: null };

/** The painters of the editor views, so the review can find a drawn suggestion's range (to scroll to it). */
const painters = new WeakMap<EditorView, SuggestionPainter>();

/** Where suggestion `id` is painted in `view`, or null (not drawn, or its text not drawn yet). */
export function suggestionRange(view: EditorView, id: string): TextSpan | null {
  return painters.get(view)?.rangeOf(id) ?? null;
}

/**
 * The painter a view gets: a layer of dashed boxes after the editor in its frame (in the scroll
 * content, so a scroll moves it with the text, at no cost), placed again when the text's box
 * changes and measured again when its width does; none where the page has no ResizeObserver.
 */
function painterFor(view: EditorView): { painter: SuggestionPainter; stop(): void } | null {
  const frame = view.dom.parentElement;
  const page = view.dom.ownerDocument;
  const win = page.defaultView;
  if (!frame || !win || typeof win.ResizeObserver === 'undefined') return null;
  const layer = page.createElement('div');
  layer.className = 'suggestion-layer';
  layer.setAttribute('aria-hidden', 'true');
  layer.dataset.testid = 'suggestion-layer';
  frame.append(layer);
  // One range for every measurement, collapsed into the layer after each: every live range is updated on each DOM change of the page.
  const range = page.createRange();
  const painter = createSuggestionOverlay({
    view,
    layer,
    rectsOf: (span) => {
      range.setStart(span.startContainer, span.startOffset);
      range.setEnd(span.endContainer, span.endOffset);
      const rects = [...range.getClientRects()];
      range.setStart(layer, 0);
      range.collapse(true);
      return rects;
    },
    boxOf: (element) => element.getBoundingClientRect(),
    nextFrame: (run) => win.requestAnimationFrame(run),
    changed: () => page.dispatchEvent(new Event(highlightsChangedEvent)),
  });
  let size: readonly [number, number] | null = null;
  const resized = new win.ResizeObserver(([entry]) => {
    if (!entry) return;
    const now = [entry.contentRect.width, entry.contentRect.height] as const;
    const before = size;
    size = now;
    if (before && (before[0] !== now[0] || before[1] !== now[1])) painter.relayout(before[0] !== now[0]);
  });
  resized.observe(view.dom);
  // A font that arrives late changes the glyphs' widths, maybe not the text's width: every suggestion is measured again (in the next frame, where layout is fresh).
  const fontsLoaded = () => win.requestAnimationFrame(() => painter.relayout(true));
  page.fonts?.addEventListener('loadingdone', fontsLoaded);
  return {
    painter,
    stop() {
      page.fonts?.removeEventListener('loadingdone', fontsLoaded);
      resized.disconnect();
      painter.destroy();
      layer.remove();
    },
  };
}

/**
 * Keeps the drawn suggestions (only those near the visible text) and paints them dashed with no
 * fill in a layer of boxes beside the text (`createSuggestionOverlay`): no element in the text and
 * no custom highlight, so a tag's redraw of its paragraph costs what it costs without suggestions,
 * and a suggestion is never mistaken for a tag. A change adds and removes only what it touches. `toPos`
 * maps a code point to the editor.
 */
export function suggestionHighlights(toPos: (codePoint: number) => number): Plugin<SuggestionDrawState> {
  const drawnOf = (s: Suggestion, current: boolean): DrawnSuggestion => ({ suggestion: s, from: toPos(s.start), to: toPos(s.end), current });

  /** Applies one draw step: drops what goes, adds what comes, and redraws the old and the new current suggestion. */
  const step = (before: SuggestionDrawState, draw: SuggestionDraw): SuggestionDrawState => {
    const drawn = new Map(before.drawn);
    const put = (s: Suggestion) => {
      const current = s.id === draw.currentId;
      const old = drawn.get(s.id);
      if (old && old.current === current) return;
      drawn.set(s.id, drawnOf(s, current));
    };
    const wanted = new Set(draw.drawn.map((s) => s.id));
    for (const id of draw.touched) if (!wanted.has(id)) drawn.delete(id);
    for (const s of draw.drawn) put(s);
    // The current suggestion moved: the old one loses its mark, the new one gains it (when drawn).
    if (before.currentId !== draw.currentId) {
      for (const id of [before.currentId, draw.currentId]) {
        const old = id === null ? undefined : drawn.get(id);
        if (old) put(old.suggestion);
      }
    }
    return { drawn, currentId: draw.currentId };
  };

  /**
   * The tags a transaction draws hide the drawn suggestions of their label they overlap, in that
   * same transaction: the suggestion a tag covers goes in the key's frame, at the cost of the tags
   * added (the index learns of the tag after the frame, and its redraw then finds it gone).
   */
  const hideCovered = (state: SuggestionDrawState, tags: readonly Annotation[]): SuggestionDrawState => {
    const covered: string[] = [];
    for (const [id, d] of state.drawn) {
      const s = d.suggestion;
      if (tags.some((tag) => s.label === tag.label && s.start < tag.end && s.end > tag.start)) covered.push(id);
    }
    if (covered.length === 0) return state;
    const drawn = new Map(state.drawn);
    for (const id of covered) drawn.delete(id);
    return { ...state, drawn };
  };

  return new Plugin<SuggestionDrawState>({
    key: suggestionKey,
    state: {
      init: () => EMPTY,
      apply(tr, before) {
        const draw = tr.getMeta(suggestionKey) as SuggestionDraw | undefined;
        if (draw) return step(before, draw);
        const tags = (tr.getMeta(highlightKey) as HighlightChange | undefined)?.added;
        return tags && tags.length > 0 && before.drawn.size > 0 ? hideCovered(before, tags) : before;
      },
    },
    view(view) {
      const made = painterFor(view);
      if (!made) return {};
      const { painter } = made;
      painters.set(view, painter);
      return {
        update(view, previous) {
          const before = suggestionKey.getState(previous)?.drawn ?? EMPTY.drawn;
          const after = suggestionKey.getState(view.state)?.drawn ?? EMPTY.drawn;
          if (before === after) return painter.follow();
          const dropped = [...before.keys()].filter((id) => !after.has(id));
          const put = [...after].filter(([id, d]) => before.get(id) !== d).map(([id, d]) => [id, { label: d.suggestion.label, from: d.from, to: d.to, current: d.current, text: d.suggestion.text }] as const);
          painter.apply(dropped, put);
        },
        destroy() {
          painters.delete(view);
          made.stop();
        },
      };
    },
  });
}

/** The suggestion plugin (`suggestionHighlights`) as a TipTap extension. */
export function createSuggestionExtension(toPos: (codePoint: number) => number): Extension {
  return Extension.create({
    name: 'tagwerkSuggestions',
    addProseMirrorPlugins: () => [suggestionHighlights(toPos)],
  });
}
