import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** An editor range [from, to). */
export interface EditorRange {
  from: number;
  to: number;
}

/** Search hits as editor positions, and which one is current. */
export interface SearchHits {
  ranges: readonly EditorRange[];
  current: number;
}

/** The drawn hits and the current hit's range (null when the search bar is closed or finds nothing). */
export interface SearchState {
  set: DecorationSet;
  current: EditorRange | null;
}

export const searchKey = new PluginKey<SearchState>('searchHighlight');

/** The current search hit while the search bar shows one: the text a label key then acts on. */
export function currentSearchHit(state: Parameters<typeof searchKey.getState>[0]): EditorRange | null {
  return searchKey.getState(state)?.current ?? null;
}

/** Highlights every search hit and, more strongly, the current one; meta carries the hits. */
export function searchHighlight(): Plugin<SearchState> {
  return new Plugin<SearchState>({
    key: searchKey,
    state: {
      init: () => ({ set: DecorationSet.empty, current: null }),
      apply(tr, value, _old, state) {
        const hits = tr.getMeta(searchKey) as SearchHits | undefined;
        if (!hits) return value;
        const set = DecorationSet.create(
          state.doc,
          hits.ranges.map((r, i) =>
            Decoration.inline(r.from, r.to, { nodeName: 'tw-hit', class: i === hits.current ? 'search-hit search-hit-current' : 'search-hit' }),
          ),
        );
        return { set, current: hits.ranges[hits.current] ?? null };
      },
    },
    props: { decorations: (state) => searchKey.getState(state)?.set },
  });
}
