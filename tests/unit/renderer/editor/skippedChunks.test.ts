// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { toEditorDoc } from '@shared/text/textIndex';
import { watchSkippedChunks } from '../../../../renderer/editor/skippedChunks';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});

/** Two chunks of two lines, with an emoji and an NFD umlaut; the fake view's chunk elements are the root's children. */
function setup() {
  const doc = schema.nodeFromJSON(toEditorDoc(['😀 Anfang', 'Mu\u0308ller', 'Köln 📰', 'Ende'].join('\n'), 2));
  const root = document.createElement('div');
  const chunks = [document.createElement('div'), document.createElement('div')];
  root.append(...chunks);
  const firstEnd = doc.child(0).nodeSize;
  const view = {
    isDestroyed: false,
    dom: root,
    state: EditorState.create({ doc }),
    nodeDOM: (pos: number) => (pos === 0 ? chunks[0] : pos === firstEnd ? chunks[1] : null),
  } as unknown as EditorView;
  const fire = (chunk: Element, skipped: boolean) => chunk.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped }));
  return { view, chunks, firstEnd, fire };
}

describe('watchSkippedChunks', () => {
  it('says a chunk is skipped only after the browser said so, and visible again when it says so', () => {
    const { view, chunks, firstEnd, fire } = setup();
    const watch = watchSkippedChunks(view);
    const inSecond = firstEnd + 3;
    expect(watch.skippedAt(3)).toBe(false);
    expect(watch.skippedAt(inSecond)).toBe(false);
    fire(chunks[1] as Element, true);
    expect(watch.skippedAt(inSecond)).toBe(true);
    expect(watch.skippedAt(3)).toBe(false);
    fire(chunks[1] as Element, false);
    expect(watch.skippedAt(inSecond)).toBe(false);
  });

  it('answers false between chunks, at the document ends and after it stops listening', () => {
    const { view, chunks, firstEnd, fire } = setup();
    const watch = watchSkippedChunks(view);
    fire(chunks[0] as Element, true);
    fire(chunks[1] as Element, true);
    expect(watch.skippedAt(0)).toBe(false);
    expect(watch.skippedAt(firstEnd)).toBe(false);
    expect(watch.skippedAt(view.state.doc.content.size)).toBe(false);
    expect(watch.skippedAt(2)).toBe(true);
    watch.destroy();
    fire(chunks[0] as Element, false);
    expect(watch.skippedAt(2)).toBe(true);
  });
});
