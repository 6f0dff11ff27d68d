// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import { keepTextViews } from '../../../../renderer/editor/keepTextViews';

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} } });

/** One paragraph with an emoji (two UTF-16 units) and an NFD umlaut (two code points) among the words. */
const TEXT = 'Heute 😀 sagt Mu\u0308ller in Köln 📰 etwas über Bonn und Berlin';

const key = new PluginKey<DecorationSet>('tags');

/** Inline decorations drawn as `<mark data-tag>`, replaced by the transaction's metadata. */
const tags = new Plugin<DecorationSet>({
  key,
  state: {
    init: () => DecorationSet.empty,
    apply: (tr, set) => (tr.getMeta(key) as DecorationSet | undefined) ?? set,
  },
  props: { decorations: (state) => key.getState(state) },
});

/** The editor range of `word` in TEXT (the paragraph starts at position 1). */
function rangeOf(word: string): [number, number] {
  const at = TEXT.indexOf(word);
  return [1 + at, 1 + at + word.length];
}

function decorate(view: EditorView, words: readonly string[]): void {
  const decorations = words.map((word) => Decoration.inline(...rangeOf(word), { nodeName: 'mark', 'data-tag': word }));
  view.dispatch(view.state.tr.setMeta(key, DecorationSet.create(view.state.doc, decorations)));
}

const views: EditorView[] = [];
afterEach(() => views.splice(0).forEach((v) => v.destroy()));

function mount(fixedText: boolean): EditorView {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text(TEXT)])]);
  const view = new EditorView(document.createElement('div'), { state: EditorState.create({ doc, plugins: [tags] }) });
  views.push(view);
  if (fixedText) keepTextViews(view);
  return view;
}

/** Each tag's element with its attribute and text, and each DOM text node's content, in order. */
function drawn(view: EditorView): { marks: Element[]; texts: Text[] } {
  const marks = [...view.dom.querySelectorAll('mark')];
  const texts: Text[] = [];
  const walk = (node: Node) => node.childNodes.forEach((child) => (child.nodeType === 3 ? texts.push(child as Text) : walk(child)));
  walk(view.dom);
  return { marks, texts };
}

describe('keepTextViews', () => {
  it('draws a new tag before others without touching the elements and texts after it', () => {
    const view = mount(true);
    decorate(view, ['sagt', 'Köln', 'Bonn']);
    const before = drawn(view);
    const after = before.marks.map((m) => [m, m.getAttribute('data-tag'), m.textContent] as const);
    const textsAfter = before.texts.slice(2).map((t) => [t, t.data] as const);

    decorate(view, ['😀', 'sagt', 'Köln', 'Bonn']);

    const now = drawn(view);
    expect(now.marks.map((m) => m.getAttribute('data-tag'))).toEqual(['😀', 'sagt', 'Köln', 'Bonn']);
    expect(now.marks.map((m) => m.textContent)).toEqual(['😀', 'sagt', 'Köln', 'Bonn']);
    // The same elements as before, with their attributes and text as they were: nothing was rewritten.
    for (const [element, tag, text] of after) {
      expect(now.marks).toContain(element);
      expect([element.getAttribute('data-tag'), element.textContent]).toEqual([tag, text]);
    }
    for (const [node, data] of textsAfter) {
      expect(now.texts).toContain(node);
      expect(node.data).toBe(data);
    }
    expect(view.dom.textContent).toBe(TEXT);
  });

  it('retags in place: the tag\'s own element takes the new attributes', () => {
    const view = mount(true);
    decorate(view, ['sagt', 'Mu\u0308ller']);
    const element = drawn(view).marks[1];
    view.dispatch(view.state.tr.setMeta(key, DecorationSet.create(view.state.doc, [
      Decoration.inline(...rangeOf('sagt'), { nodeName: 'mark', 'data-tag': 'sagt' }),
      Decoration.inline(...rangeOf('Mu\u0308ller'), { nodeName: 'mark', 'data-tag': 'person' }),
    ])));
    expect(drawn(view).marks[1]).toBe(element);
    expect(element?.getAttribute('data-tag')).toBe('person');
    expect(view.dom.textContent).toBe(TEXT);
  });

  it('leaves other views as ProseMirror draws them (their typing reuses text views)', () => {
    const view = mount(false);
    decorate(view, ['sagt', 'Köln', 'Bonn']);
    const last = drawn(view).marks[2];
    decorate(view, ['😀', 'sagt', 'Köln', 'Bonn']);
    // ProseMirror's own way: the following pieces' views moved one place on, so the last element was rewritten.
    expect(last?.getAttribute('data-tag')).toBe('Köln');
    expect(view.dom.textContent).toBe(TEXT);
  });
});
