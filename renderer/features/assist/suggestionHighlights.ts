import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Suggestion } from '@shared/assist/suggestion';

/** What the text shows of the suggestions: the ones to draw, and the one J/K or A/X act on. */
export interface SuggestionView {
  readonly suggestions: readonly Suggestion[];
  readonly currentId: string | null;
}

export const suggestionKey = new PluginKey<DecorationSet>('suggestionHighlights');

/**
 * Draws suggestions dashed with no fill (`tw-s` with `data-suggestion`, never `data-ann`, so a
 * suggestion is never mistaken for a tag); rebuilt only from transaction meta, i.e. when the
 * suggestions, their visibility or the current one change. `toPos` maps a code point to the editor.
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
              const view = tr.getMeta(suggestionKey) as SuggestionView | undefined;
              if (!view) return set.map(tr.mapping, tr.doc);
              return DecorationSet.create(
                state.doc,
                view.suggestions.map((s) =>
                  Decoration.inline(toPos(s.start), toPos(s.end), {
                    nodeName: 'tw-s',
                    class: `sug label-${s.label}${s.id === view.currentId ? ' sug-current' : ''}`,
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
