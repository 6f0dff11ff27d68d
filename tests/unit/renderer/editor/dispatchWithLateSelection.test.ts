// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import { dispatchWithLateSelection, pendingSelection } from '../../../../renderer/editor/dispatchWithLateSelection';
import { domSelectionRange } from '../../../../renderer/editor/domSelectionRange';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+', toDOM: () => ['div', 0] }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} },
});

/** Lines with an emoji (two UTF-16 units) and an NFD umlaut (two code points), where carets land. */
const TEXT = ['😀 Anfang hier', 'Mu\u0308ller sagt heute', 'Köln 📰 Ende'].join('\n');

const views: EditorView[] = [];

/** A focused editor on TEXT whose page selection is a caret at `at` (written by ProseMirror itself). */
function mount(at: number) {
  const place = document.createElement('div');
  document.body.append(place);
  const doc = schema.nodeFromJSON(toEditorDoc(TEXT, 2));
  const view = new EditorView(place, { state: EditorState.create({ doc, selection: TextSelection.create(doc, at) }) });
  views.push(view);
  view.focus();
  return view;
}

/** The page's selection as ProseMirror positions (anchor, head), or null when it has none. */
function page(view: EditorView): [number, number] | null {
  const s = document.getSelection();
  if (!s?.anchorNode || !s.focusNode) return null;
  return [view.posAtDOM(s.anchorNode, s.anchorOffset), view.posAtDOM(s.focusNode, s.focusOffset)];
}

const INDEX = createTextIndex(TEXT, 2);
const at = (utf16: number) => INDEX.offsetToPos(utf16);

/** Editor positions after the emoji, after the NFD ü (u + combining diaeresis) and before the newspaper emoji. */
const CASES: [string, number][] = [
  ['after the emoji 😀', at(2)],
  ['after the NFD u\u0308 in Müller', at(TEXT.indexOf('ller'))],
  ['before the emoji 📰', at(TEXT.indexOf('📰'))],
];

afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('dispatchWithLateSelection', () => {
  it.each(CASES)('writes a caret moved to a spot %s into the page before the next frame, not during the dispatch', async (_case, to) => {
    const view = mount(2);
    expect(view.hasFocus()).toBe(true);
    const writes = vi.spyOn(Selection.prototype, 'collapse');
    const put = dispatchWithLateSelection(view, view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
    expect(put).toBe(true);
    expect(writes).not.toHaveBeenCalled();
    expect(page(view)).toEqual([2, 2]);
    expect(pendingSelection(view)).toEqual({ anchor: to, head: to });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(page(view)).toEqual([to, to]);
    expect(pendingSelection(view)).toBeNull();
  });

  it.each(CASES)('lets a key pressed before the frame find the caret %s already in the page', (_case, to) => {
    const view = mount(2);
    dispatchWithLateSelection(view, view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
    expect(page(view)).toEqual([to, to]);
  });

  it('leaves a selection set by someone else in the meantime (and a read then sees theirs)', async () => {
    const view = mount(2);
    dispatchWithLateSelection(view, view.state.tr.setSelection(TextSelection.create(view.state.doc, 20)));
    const theirs = view.domAtPos(8);
    const end = view.domAtPos(12);
    document.getSelection()!.setBaseAndExtent(theirs.node, theirs.offset, end.node, end.offset);
    expect(pendingSelection(view)).toBeNull();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(page(view)).toEqual([8, 12]);
  });

  it('answers readers with the waiting caret in text offsets (the emoji counts two UTF-16 units)', () => {
    const view = mount(2);
    dispatchWithLateSelection(view, view.state.tr.setSelection(TextSelection.create(view.state.doc, at(3))));
    expect(domSelectionRange(view, INDEX)).toEqual({ start: 3, end: 3, collapsed: true });
    expect(TEXT.slice(0, 3)).toBe('😀 ');
  });

  it('drops the wait on a plain click in the text (the browser places that selection) but not on one outside', () => {
    const view = mount(2);
    const button = document.body.appendChild(document.createElement('button'));
    dispatchWithLateSelection(view, view.state.tr.setSelection(TextSelection.create(view.state.doc, 20)));
    view.dom.querySelector('p')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(pendingSelection(view)).toBeNull();
    expect(page(view)).toEqual([2, 2]);
    dispatchWithLateSelection(view, view.state.tr.setSelection(TextSelection.create(view.state.doc, 40)));
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(page(view)).toEqual([40, 40]);
  });

  it('puts nothing off when ProseMirror has nothing to write', () => {
    const view = mount(at(3));
    expect(dispatchWithLateSelection(view, view.state.tr.setMeta('noop', true))).toBe(false);
    expect(pendingSelection(view)).toBeNull();
    expect(page(view)).toEqual([at(3), at(3)]);
  });
});
