import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import { findMatches } from '@shared/text/findMatches';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import { lazyChunksKey, lazyChunksPlugin } from '../../../../renderer/editor/lazyChunks';
import { currentSearchHit, searchHighlight, searchKey, type SearchHits } from '../../../../renderer/editor/searchHighlight';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});

/** Ten lines in chunks of two, "ü" in every chunk: precomposed, NFD (never a hit), after an emoji. */
const LINES = ['😀 über', 'Mu\u0308ller', 'Küche', '', 'fünf ü', 'sechs 📰 für', 'sieben', 'acht', 'neun', 'zehn über'];
const TEXT = LINES.join('\n');
const index = createTextIndex(TEXT, 2);
const toPos = (offset: number) => index.offsetToPos(offset);

function stateWith(lazy = true): EditorState {
  const doc = schema.nodeFromJSON(toEditorDoc(TEXT, 2));
  return EditorState.create({ doc, plugins: lazy ? [lazyChunksPlugin(schema), searchHighlight()] : [searchHighlight()] });
}

const search = (query: string, current = 0): SearchHits => ({ hits: findMatches(TEXT, query), current, toPos });
/** The drawn hits as the text they cover, with the current one marked. */
const drawn = (state: EditorState) =>
  [...(searchKey.getState(state)?.drawnHits ?? [])].sort((a, b) => a.from - b.from).map((d) => `${state.doc.textBetween(d.from, d.to)}${d.current ? '*' : ''}@${d.from}`);
const at = (line: number, column: number) => toPos(index.lineStart(line) + column);

describe('searchHighlight', () => {
  it('draws only the hits in chunks drawn with their paragraphs (the first at start), the current one marked', () => {
    const state = stateWith();
    const next = state.apply(state.tr.setMeta(searchKey, search('ü')));
    // Chunk 0 holds lines 0 and 1: the "ü" after the emoji; the NFD "u\u0308" is never a hit.
    expect(drawn(next)).toEqual([`ü*@${at(0, 3)}`]);
    expect(findMatches(TEXT, 'ü')).toHaveLength(6);
    expect(currentSearchHit(next)).toEqual({ from: at(0, 3), to: at(0, 4) });
  });

  it('draws a chunk\'s hits when the chunk is built, the others\' not yet', () => {
    const state = stateWith().apply(stateWith().tr.setMeta(searchKey, search('ü', 3)));
    const next = state.apply(state.tr.setMeta(lazyChunksKey, [2]));
    // Chunk 2 holds lines 4 and 5: "fünf ü" (two hits, the second current) and "für"; chunk 1's "Küche" stays undrawn.
    expect(drawn(next)).toEqual([`ü@${at(0, 3)}`, `ü@${at(4, 1)}`, `ü*@${at(4, 5)}`, `ü@${at(5, 10)}`]);
    expect(currentSearchHit(next)).toEqual({ from: at(4, 5), to: at(4, 6) });
  });

  it('draws the current hit when the search moves the selection into an unbuilt chunk', () => {
    const state = stateWith();
    const hits = search('über', 1);
    const target = currentSearchHit(state.apply(state.tr.setMeta(searchKey, hits)))!;
    const { state: next } = state.applyTransaction(state.tr.setMeta(searchKey, hits).setSelection(TextSelection.create(state.doc, target.from, target.to)));
    expect(drawn(next)).toEqual([`über@${at(0, 3)}`, `über*@${at(9, 5)}`]);
  });

  it('draws every hit without lazy chunks, and none once the search is closed', () => {
    const state = stateWith(false).apply(stateWith(false).tr.setMeta(searchKey, search('ü')));
    expect(drawn(state)).toHaveLength(6);
    const closed = state.apply(state.tr.setMeta(searchKey, { hits: [], current: 0, toPos } satisfies SearchHits));
    expect(drawn(closed)).toEqual([]);
    expect(currentSearchHit(closed)).toBeNull();
  });
});
