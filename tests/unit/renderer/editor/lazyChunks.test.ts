import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import { builtChunks, chunkIndexAt, lazyChunksKey, lazyChunksPlugin } from '../../../../renderer/editor/lazyChunks';
import { BUILT_SPEC } from '../../../../renderer/editor/lazyChunkView';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});

/** Ten lines in chunks of two: an emoji, an NFD umlaut, an empty line. */
const LINES = ['😀 Anfang', 'Mu\u0308ller sagt', '', 'Köln', 'fünf', 'sechs 📰', 'sieben', 'acht', 'neun', 'zehn Ende'];
const TEXT = LINES.join('\n');
const index = createTextIndex(TEXT, 2);

function stateWith(selectionAt?: number): EditorState {
  const doc = schema.nodeFromJSON(toEditorDoc(TEXT, 2));
  const selection = selectionAt === undefined ? undefined : TextSelection.create(doc, selectionAt);
  return EditorState.create({ doc, selection, plugins: [lazyChunksPlugin(schema)] });
}

const posOfLine = (line: number) => index.offsetToPos(index.lineStart(line));
const marked = (state: EditorState) =>
  lazyChunksKey
    .getState(state)
    ?.decorations.find()
    .filter((d) => (d.spec as Record<string, unknown>)[BUILT_SPEC] === true)
    .map((d) => [d.from, d.to]);

describe('lazyChunks', () => {
  it.each([
    ['the first line (emoji)', 0, 0],
    ['the NFD line', 1, 0],
    ['the empty line', 2, 1],
    ['the last line', 9, 4],
  ])('finds the chunk of a position inside %s', (_name, line, chunk) => {
    expect(chunkIndexAt(stateWith().doc, posOfLine(line))).toBe(chunk);
  });

  it('finds no chunk between chunks or at the ends of the document', () => {
    const { doc } = stateWith();
    expect(chunkIndexAt(doc, 0)).toBeNull();
    expect(chunkIndexAt(doc, doc.child(0).nodeSize)).toBeNull();
    expect(chunkIndexAt(doc, doc.content.size)).toBeNull();
  });

  it('starts with the first chunk built, marked by a node decoration over it', () => {
    const state = stateWith();
    expect(builtChunks(state)).toEqual([0]);
    expect(marked(state)).toEqual([[0, state.doc.child(0).nodeSize]]);
  });

  it('starts with the chunk of a restored selection built too', () => {
    expect(builtChunks(stateWith(posOfLine(7)))).toEqual([0, 3]);
  });

  it('builds the chunks a new selection starts and ends in, in the same update, and not those between', () => {
    const state = stateWith();
    const { state: next } = state.applyTransaction(state.tr.setSelection(TextSelection.create(state.doc, posOfLine(3), posOfLine(9) + 2)));
    expect(builtChunks(next)).toEqual([0, 1, 4]);
  });

  it('builds chunks asked for by meta, keeps them built, and ignores a repeated request', () => {
    const state = stateWith();
    const once = state.apply(state.tr.setMeta(lazyChunksKey, [2, 3]));
    expect(builtChunks(once)).toEqual([0, 2, 3]);
    const again = once.apply(once.tr.setMeta(lazyChunksKey, [3]));
    expect(lazyChunksKey.getState(again)).toBe(lazyChunksKey.getState(once));
    const later = again.apply(again.tr.setSelection(TextSelection.create(again.doc, posOfLine(0))));
    expect(builtChunks(later)).toEqual([0, 2, 3]);
  });

  it('copies the canonical text of a selection across chunks, one newline per line break', () => {
    const state = stateWith();
    const plugin = state.plugins[0];
    const serialize = plugin?.props.clipboardTextSerializer;
    if (!serialize) throw new Error('no clipboard text serializer');
    const from = index.offsetToPos(2);
    const to = index.offsetToPos(TEXT.indexOf('📰') + 2);
    const slice = state.doc.slice(from, to);
    expect(serialize.call(plugin, slice, undefined as never)).toBe(TEXT.slice(2, TEXT.indexOf('📰') + 2));
  });
});
