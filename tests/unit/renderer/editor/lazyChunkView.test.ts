// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import { toEditorDoc } from '@shared/text/textIndex';
import { BUILT_SPEC, LazyChunkView } from '../../../../renderer/editor/lazyChunkView';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});

/** The first chunk of a text (an emoji and an NFD umlaut in the case table). */
const chunkOf = (text: string) => schema.nodeFromJSON(toEditorDoc(text)).child(0);
const BUILT = [Decoration.node(0, 1, {}, { [BUILT_SPEC]: true })];
const watch = { watch: () => undefined, unwatch: () => undefined };

describe('LazyChunkView.update', () => {
  it.each([
    ['built', BUILT],
    ['a placeholder', []],
  ])('keeps a %s chunk for the same node and gives up another document\'s chunk (drawn in a new element)', (_case, decorations) => {
    const first = chunkOf('😀 Anfang hier\nMu\u0308ller sagt heute');
    const other = chunkOf('Köln 📰 Ende\nMu\u0308ller sagt heute');
    const view = new LazyChunkView(first, decorations, watch, () => 0);
    expect(view.update(first, decorations)).toBe(true);
    expect(view.update(chunkOf('😀 Anfang hier\nMu\u0308ller sagt heute'), decorations)).toBe(true);
    expect(view.update(other, decorations)).toBe(false);
  });
});
