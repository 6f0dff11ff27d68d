import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import { bindSessionToView, caretToSelectedEnd, positionOf } from '../../../../renderer/editor/sessionExtension';
import type { DocumentSession } from '../../../../renderer/state/createDocumentSession';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});

/** Lines with an emoji (two UTF-16 units, one code point) and an NFD umlaut before the tags. */
const TEXT = ['😀 Anfang hier', 'Mu\u0308ller sagt heute', 'Köln 📰 Ende'].join('\n');

const tag = (id: string, start: number, end: number): Annotation => ({ id, label: 'claim', start, end, text: [...TEXT].slice(start, end).join(''), annotator: 'me' });

interface FakeState {
  history: { present: { annotations: readonly Annotation[] } };
  hiddenLabels: readonly string[];
  selectedId: string | null;
}

/** A session with just what the binding reads, and a view that applies what is dispatched (no page selection). */
function setup() {
  let state: FakeState = { history: { present: { annotations: [] } }, hiddenLabels: [], selectedId: null };
  const listeners = new Set<() => void>();
  const session = {
    textIndex: createTextIndex(TEXT, 2),
    converter: createOffsetConverter(TEXT),
    getState: () => state,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
  } as unknown as DocumentSession;
  const doc = schema.nodeFromJSON(toEditorDoc(TEXT, 2));
  const dispatched: Transaction[] = [];
  const view = {
    isDestroyed: false,
    state: EditorState.create({ doc, selection: TextSelection.create(doc, 3, 9) }),
    dom: { ownerDocument: { getSelection: () => null }, contains: () => false },
    dispatch(tr: Transaction) {
      dispatched.push(tr);
      view.state = view.state.apply(tr);
    },
  };
  const set = (next: Partial<FakeState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  // The outline records what it was asked to show (the selected tag, or null) and how many transactions came before.
  const shown: (string | null)[] = [];
  const shownAfter: number[] = [];
  const outline = { plugin: null as never, show: (a: Annotation | null) => (shown.push(a?.id ?? null), shownAfter.push(dispatched.length)) };
  bindSessionToView(view as unknown as EditorView, session, [], outline);
  return { session, view, dispatched, set, shown, shownAfter };
}

describe('bindSessionToView with caretToSelectedEnd', () => {
  it.each([
    ['a tag after the emoji', tag('a', 2, 8)],
    ['a tag over the NFD umlaut', tag('b', 14, 21)],
    ['a tag after the newspaper emoji', tag('c', 38, 42)],
  ])('puts the caret at the end of %s in the same transaction that draws it', (_case, a) => {
    const { session, view, dispatched, set } = setup();
    const result = caretToSelectedEnd(view as unknown as EditorView, () => {
      set({ history: { present: { annotations: [a] } }, selectedId: a.id });
      return 'done';
    });
    expect(result).toBe('done');
    expect(dispatched).toHaveLength(1);
    expect(view.state.selection.empty).toBe(true);
    expect(view.state.selection.from).toBe(positionOf(session, a.end));
  });

  it('keeps the editor selection for a change outside it, also after a change inside it threw', () => {
    const { view, dispatched, set } = setup();
    expect(() =>
      caretToSelectedEnd(view as unknown as EditorView, () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    const a = tag('a', 2, 8);
    set({ history: { present: { annotations: [a] } }, selectedId: a.id });
    expect(dispatched).toHaveLength(1);
    expect([view.state.selection.from, view.state.selection.to]).toEqual([3, 9]);
  });
});

describe('bindSessionToView and the selected tag', () => {
  const a = tag('a', 2, 8);
  const b = tag('b', 14, 21);

  it('moves the outline without a transaction when only the selection changes (J, K, a click, Escape)', () => {
    const { dispatched, set, shown } = setup();
    set({ history: { present: { annotations: [a, b] } } });
    expect(dispatched).toHaveLength(1);
    set({ selectedId: 'a' });
    set({ selectedId: 'b' });
    set({ selectedId: null });
    expect(dispatched).toHaveLength(1);
    expect(shown).toEqual(['a', 'b', null]);
  });

  it('shows a new or retagged tag after the transaction that draws it, and not again for an unrelated change', () => {
    const { view, dispatched, set, shown, shownAfter } = setup();
    caretToSelectedEnd(view as unknown as EditorView, () => set({ history: { present: { annotations: [a] } }, selectedId: 'a' }));
    expect(dispatched).toHaveLength(1);
    expect(shown).toEqual(['a']);
    expect(shownAfter).toEqual([1]);
    const retagged = { ...a, label: 'quote' };
    set({ history: { present: { annotations: [retagged] } } });
    expect(shown).toEqual(['a', 'a']);
    set({ hiddenLabels: [] });
    expect(shown).toEqual(['a', 'a']);
  });
});
