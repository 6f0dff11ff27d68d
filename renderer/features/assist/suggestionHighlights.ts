import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Suggestion } from '@shared/assist/suggestion';
import type { Annotation } from '@shared/annotation/annotation';
import { highlightKey, type HighlightChange } from '../../editor/annotationHighlights';

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

/** What the plugin keeps: the decorations, each drawn suggestion's decoration by id, and which is current. */
export interface SuggestionDrawState {
  readonly set: DecorationSet;
  readonly drawn: ReadonlyMap<string, Decoration>;
  readonly currentId: string | null;
}

export const suggestionKey = new PluginKey<SuggestionDrawState>('suggestionHighlights');

const EMPTY: SuggestionDrawState = { set: DecorationSet.empty, drawn: new Map(), currentId: null };

/**
 * Draws suggestions dashed with no fill (`tw-s` with `data-suggestion`, never `data-ann`, so a
 * suggestion is never mistaken for a tag), one inline decoration per suggestion. Only the
 * suggestions near the visible text are drawn, and a change adds and removes only the
 * decorations it touches (the rest keep their objects, so the view leaves their DOM alone and a
 * key press costs what it changes). `toPos` maps a code point to the editor.
 */
export function suggestionHighlights(toPos: (codePoint: number) => number, labelName: (id: string) => string): Plugin<SuggestionDrawState> {
  const decorationOf = (s: Suggestion, current: boolean) =>
    Decoration.inline(
      toPos(s.start),
      toPos(s.end),
      {
        nodeName: 'tw-s',
        class: `sug label-${s.label}${current ? ' sug-current' : ''}`,
        'data-suggestion': s.id,
        'data-sug-label': s.label,
        title: `${labelName(s.label)}?`,
      },
      { suggestion: s, current },
    );

  /** Applies one draw step: drops what goes, adds what comes, and redraws the old and the new current suggestion. */
  const step = (state: EditorState, before: SuggestionDrawState, draw: SuggestionDraw): SuggestionDrawState => {
    const drawn = new Map(before.drawn);
    const remove: Decoration[] = [];
    const add: Decoration[] = [];
    const drop = (id: string) => {
      const old = drawn.get(id);
      if (!old) return;
      remove.push(old);
      drawn.delete(id);
    };
    const put = (s: Suggestion) => {
      const current = s.id === draw.currentId;
      const old = drawn.get(s.id);
      if (old && (old.spec as { current: boolean }).current === current) return;
      if (old) remove.push(old);
      const made = decorationOf(s, current);
      drawn.set(s.id, made);
      add.push(made);
    };
    const wanted = new Set(draw.drawn.map((s) => s.id));
    for (const id of draw.touched) if (!wanted.has(id)) drop(id);
    for (const s of draw.drawn) put(s);
    // The current suggestion moved: the old one loses its mark, the new one gains it (when drawn).
    if (before.currentId !== draw.currentId) {
      for (const id of [before.currentId, draw.currentId]) {
        const old = id === null ? undefined : drawn.get(id);
        if (old) put((old.spec as { suggestion: Suggestion }).suggestion);
      }
    }
    return { set: before.set.remove(remove).add(state.doc, add), drawn, currentId: draw.currentId };
  };

  /**
   * The tags a transaction draws hide the drawn suggestions of their label they overlap, in that
   * same transaction: the suggestion a tag covers goes in the key's frame, at the cost of the tags
   * added (the index learns of the tag after the frame, and its redraw then finds it gone).
   */
  const hideCovered = (state: SuggestionDrawState, tags: readonly Annotation[]): SuggestionDrawState => {
    const covered: Decoration[] = [];
    for (const tag of tags) {
      for (const d of state.set.find(toPos(tag.start), toPos(tag.end))) {
        const s = (d.spec as { suggestion: Suggestion }).suggestion;
        if (s.label === tag.label && s.start < tag.end && s.end > tag.start) covered.push(d);
      }
    }
    if (covered.length === 0) return state;
    const drawn = new Map(state.drawn);
    for (const d of covered) drawn.delete((d.spec as { suggestion: Suggestion }).suggestion.id);
    return { ...state, set: state.set.remove(covered), drawn };
  };

  return new Plugin<SuggestionDrawState>({
    key: suggestionKey,
    state: {
      init: () => EMPTY,
      apply(tr, before, _old, state) {
        const draw = tr.getMeta(suggestionKey) as SuggestionDraw | undefined;
        if (draw) return step(state, before, draw);
        const mapped = tr.docChanged ? { ...before, set: before.set.map(tr.mapping, tr.doc) } : before;
        const tags = (tr.getMeta(highlightKey) as HighlightChange | undefined)?.added;
        return tags && tags.length > 0 && mapped.drawn.size > 0 ? hideCovered(mapped, tags) : mapped;
      },
    },
    props: { decorations: (state) => suggestionKey.getState(state)?.set },
  });
}

/** The suggestion plugin (`suggestionHighlights`) as a TipTap extension. */
export function createSuggestionExtension(toPos: (codePoint: number) => number, labelName: (id: string) => string): Extension {
  return Extension.create({
    name: 'tagwerkSuggestions',
    addProseMirrorPlugins: () => [suggestionHighlights(toPos, labelName)],
  });
}
