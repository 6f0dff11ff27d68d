import { Schema } from '@tiptap/pm/model';
import { EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import type { DomPoint } from '../../../renderer/editor/textBoundaries';

/** The editor's document shape: chunks of paragraphs of text. */
export const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+', toDOM: () => ['div', 0] }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} },
});

/** A stand-in highlight (a set of ranges with a priority), as the page's `Highlight` is. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** Tags drawn as inline decorations (as annotationHighlights draws them), added by a transaction's meta: a tag redraws its paragraph's text nodes. */
export const tagsKey = new PluginKey<DecorationSet>('tags');
const tags = new Plugin<DecorationSet>({
  key: tagsKey,
  state: {
    init: () => DecorationSet.empty,
    apply: (tr, set) => {
      const add = tr.getMeta(tagsKey) as { from: number; to: number } | undefined;
      return add ? set.add(tr.doc, [Decoration.inline(add.from, add.to, { nodeName: 'tw-l0', class: 'ann' })]) : set.map(tr.mapping, tr.doc);
    },
  },
  props: { decorations: (state) => tagsKey.getState(state) },
});

/** What a painter test gets: the view of `text`, a registry, and the highlight and range factories a painter takes. */
export interface PaintedView {
  view: EditorView;
  registry: Map<string, Highlight>;
  createHighlight(): Highlight;
  createRange(start: DomPoint, end: DomPoint): AbstractRange;
  /** The live ranges of highlight `name` (an empty list when it is not registered). */
  rangesOf(name: string): Range[];
}

/** Mounts an editor view of `text` (paragraphs per line, `perChunk` to a chunk) with the tag plugin (and `plugins`); `views` collects it for destroying. */
export function mountPaintedView(text: string, perChunk: number, views: EditorView[], plugins: readonly Plugin[] = []): PaintedView {
  const place = document.createElement('div');
  document.body.append(place);
  const view = new EditorView(place, { state: EditorState.create({ doc: schema.nodeFromJSON(toEditorDoc(text, perChunk)), plugins: [tags, ...plugins] }) });
  views.push(view);
  const registry = new Map<string, Highlight>();
  return {
    view,
    registry,
    createHighlight: () => new FakeHighlight() as unknown as Highlight,
    createRange: (start, end) => {
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return range;
    },
    rangesOf: (name) => [...((registry.get(name) as unknown as FakeHighlight | undefined) ?? [])] as Range[],
  };
}

/** The editor positions of the first occurrence of `quote` in `text` at or after UTF-16 offset `from` (paragraphs per line, `perChunk` to a chunk). */
export function spansIn(text: string, perChunk: number): (quote: string, from?: number) => { from: number; to: number } {
  const index = createTextIndex(text, perChunk);
  return (quote, from = 0) => {
    const start = text.indexOf(quote, from);
    return { from: index.offsetToPos(start), to: index.offsetToPos(start + quote.length) };
  };
}

/** Views mounted by a test file, destroyed (and the page emptied) after each test. */
export function mountedViews(afterEach: (fn: () => void) => void): EditorView[] {
  const views: EditorView[] = [];
  afterEach(() => {
    for (const view of views.splice(0)) view.destroy();
    document.body.innerHTML = '';
  });
  return views;
}
