import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import { bindSessionToView, caretToSelectedEnd, positionOf } from '../../../../renderer/editor/sessionExtension';
import { highlightKey, type HighlightChange } from '../../../../renderer/editor/annotationHighlights';
import { NONE_SKIPPED, type SkippedChunks } from '../../../../renderer/editor/skippedChunks';
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
function setup(skipped: SkippedChunks = NONE_SKIPPED) {
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
  bindSessionToView(view as unknown as EditorView, session, [], outline, skipped);
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

describe('bindSessionToView and chunks the browser skips', () => {
  // Two lines per chunk: the third line (after the newspaper emoji's line start) is the second chunk, skipped (off screen).
  const a = tag('a', 2, 8);
  const b = tag('b', 14, 21);
  const c = tag('c', 38, 42);
  const ids = (change: HighlightChange | undefined) => ({ added: change?.added.map((x) => x.id) ?? [], removed: change?.removed.map((x) => x.id) ?? [] });
  const afterPaint = () => new Promise((resolve) => setTimeout(resolve, 5));

  /** The binding with the view's second chunk skipped by the browser. */
  function skippingSetup() {
    let firstChunkEnd = Infinity;
    const ctx = setup({ skippedAt: (pos) => pos > firstChunkEnd, destroy: () => undefined });
    firstChunkEnd = ctx.view.state.doc.child(0).nodeSize;
    return ctx;
  }

  it('draws the spans on screen in the key\'s transaction and the skipped chunk\'s after the paint', async () => {
    const { dispatched, set } = skippingSetup();
    set({ history: { present: { annotations: [a, b, c] } } });
    expect(dispatched).toHaveLength(1);
    expect(ids(dispatched[0]?.getMeta(highlightKey))).toEqual({ added: ['a', 'b'], removed: [] });
    await afterPaint();
    expect(dispatched).toHaveLength(2);
    expect(ids(dispatched[1]?.getMeta(highlightKey))).toEqual({ added: ['c'], removed: [] });
    // Undo: the same split, removing.
    set({ history: { present: { annotations: [] } } });
    expect(ids(dispatched[2]?.getMeta(highlightKey))).toEqual({ added: [], removed: ['a', 'b'] });
    await afterPaint();
    expect(ids(dispatched[3]?.getMeta(highlightKey))).toEqual({ added: [], removed: ['c'] });
  });

  it('draws what waits before the next change, not for a notification that draws nothing, and keeps the selected tag in the frame', async () => {
    const { dispatched, set, shown } = skippingSetup();
    set({ history: { present: { annotations: [a, c] } } });
    expect(dispatched).toHaveLength(1);
    set({ hiddenLabels: [] });
    expect(dispatched).toHaveLength(1);
    const d = tag('d', 10, 12);
    set({ history: { present: { annotations: [a, d, c] } } });
    expect(dispatched.map((tr) => ids(tr.getMeta(highlightKey)))).toEqual([
      { added: ['a'], removed: [] },
      { added: ['c'], removed: [] },
      { added: ['d'], removed: [] },
    ]);
    await afterPaint();
    expect(dispatched).toHaveLength(3);
    // A skipped tag that is selected (its outline shows at once) is drawn in the same transaction.
    const e = tag('e', 33, 37);
    set({ history: { present: { annotations: [a, d, c, e] } }, selectedId: 'e' });
    expect(ids(dispatched[3]?.getMeta(highlightKey))).toEqual({ added: ['e'], removed: [] });
    expect(shown).toEqual(['e']);
  });
});
