import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const searchKey = new PluginKey<DecorationSet>('searchHighlight');

/** Search hits as editor positions, and which one is current. */
export interface SearchHits {
  ranges: ReadonlyArray<{ from: number; to: number }>;
  current: number;
}

/** Highlights every search hit and, more strongly, the current one; meta carries the hits. */
export function searchHighlight(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: searchKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, value, _old, state) {
        const hits = tr.getMeta(searchKey) as SearchHits | undefined;
        if (!hits) return value;
        return DecorationSet.create(
          state.doc,
          hits.ranges.map((r, i) =>
            Decoration.inline(r.from, r.to, { nodeName: 'tw-hit', class: i === hits.current ? 'search-hit search-hit-current' : 'search-hit' }),
          ),
        );
      },
    },
    props: { decorations: (state) => searchKey.getState(state) },
  });
}
