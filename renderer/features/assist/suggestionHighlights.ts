import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Suggestion } from '@shared/assist/suggestion';

/** A change to the drawn suggestions: all anew, a patch (shown / hidden ones and the current one), or none at all. */
export type SuggestionDraw =
  | { readonly kind: 'reset'; readonly suggestions: readonly Suggestion[]; readonly currentId: string | null }
  | { readonly kind: 'patch'; readonly added: readonly Suggestion[]; readonly removed: readonly string[]; readonly currentId: string | null };

interface Drawn {
  readonly set: DecorationSet;
  readonly byId: ReadonlyMap<string, { readonly suggestion: Suggestion; readonly decoration: Decoration }>;
  readonly currentId: string | null;
}

export const suggestionKey = new PluginKey<Drawn>('suggestionHighlights');

const EMPTY: Drawn = { set: DecorationSet.empty, byId: new Map(), currentId: null };

/**
 * Draws suggestions dashed with no fill (`tw-s` with `data-suggestion`, never `data-ann`, so a
 * suggestion is never mistaken for a tag). Only what a transaction's meta says changes: a patch
 * removes and adds its few decorations, so a tag made while suggestions show costs no rebuild.
 * `toPos` maps a code point to the editor.
 */
export function createSuggestionExtension(toPos: (codePoint: number) => number, labelName: (id: string) => string): Extension {
  const decorate = (s: Suggestion, current: boolean) =>
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
      { suggestionId: s.id },
    );
  return Extension.create({
    name: 'tagwerkSuggestions',
    addProseMirrorPlugins() {
      return [
        new Plugin<Drawn>({
          key: suggestionKey,
          state: {
            init: () => EMPTY,
            apply(tr, drawn, _old, state): Drawn {
              const draw = tr.getMeta(suggestionKey) as SuggestionDraw | undefined;
              if (!draw) return tr.docChanged ? { ...drawn, set: drawn.set.map(tr.mapping, tr.doc) } : drawn;
              if (draw.kind === 'reset') {
                const byId = new Map(draw.suggestions.map((s) => [s.id, { suggestion: s, decoration: decorate(s, s.id === draw.currentId) }]));
                return { set: DecorationSet.create(state.doc, [...byId.values()].map((d) => d.decoration)), byId, currentId: draw.currentId };
              }
              const byId = new Map(drawn.byId);
              const remove: Decoration[] = [];
              const add: Decoration[] = [];
              const take = (id: string | null) => {
                const old = id === null ? undefined : byId.get(id);
                if (!old || id === null) return undefined;
                remove.push(old.decoration);
                byId.delete(id);
                return old.suggestion;
              };
              const put = (s: Suggestion) => {
                const decoration = decorate(s, s.id === draw.currentId);
                byId.set(s.id, { suggestion: s, decoration });
                add.push(decoration);
              };
              for (const id of draw.removed) take(id);
              // The old and the new current one are drawn again with or without the current mark.
              if (draw.currentId !== drawn.currentId) {
                for (const id of [drawn.currentId, draw.currentId]) {
                  const s = take(id);
                  if (s) put(s);
                }
              }
              for (const s of draw.added) {
                take(s.id);
                put(s);
              }
              return { set: drawn.set.remove(remove).add(state.doc, add), byId, currentId: draw.currentId };
            },
          },
          props: { decorations: (state) => suggestionKey.getState(state)?.set },
        }),
      ];
    },
  });
}
