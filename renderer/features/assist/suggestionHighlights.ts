import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Suggestion } from '@shared/assist/suggestion';

/** What the text draws of the suggestions: those near the visible part of the text, and the current one. */
export interface SuggestionDraw {
  readonly suggestions: readonly Suggestion[];
  readonly currentId: string | null;
}

export const suggestionKey = new PluginKey<DecorationSet>('suggestionHighlights');

/**
 * Draws suggestions dashed with no fill (`tw-s` with `data-suggestion`, never `data-ann`, so a
 * suggestion is never mistaken for a tag). Only the suggestions near the visible part of the text
 * are drawn (a word tagged in a 1M text can be suggested ten thousand times): the set is made
 * anew from a transaction's meta, small enough to cost a frame's fraction. `toPos` maps a code point to the editor.
 */
export function createSuggestionExtension(toPos: (codePoint: number) => number, labelName: (id: string) => string): Extension {
  return Extension.create({
    name: 'tagwerkSuggestions',
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key: suggestionKey,
          state: {
            init: () => DecorationSet.empty,
            apply(tr, set, _old, state) {
              const draw = tr.getMeta(suggestionKey) as SuggestionDraw | undefined;
              if (!draw) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
              return DecorationSet.create(
                state.doc,
                draw.suggestions.map((s) =>
                  Decoration.inline(toPos(s.start), toPos(s.end), {
                    nodeName: 'tw-s',
                    class: `sug label-${s.label}${s.id === draw.currentId ? ' sug-current' : ''}`,
                    'data-suggestion': s.id,
                    'data-sug-label': s.label,
                    title: `${labelName(s.label)}?`,
                  }),
                ),
              );
            },
          },
          props: { decorations: (state) => suggestionKey.getState(state) },
        }),
      ];
    },
  });
}
