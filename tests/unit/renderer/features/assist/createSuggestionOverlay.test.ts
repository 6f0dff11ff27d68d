// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import { createSuggestionOverlay, linePieces, type Box, type TextSpan } from '../../../../../renderer/features/assist/createSuggestionOverlay';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+', toDOM: () => ['div', 0] }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} },
});

/** Lines with an emoji (two UTF-16 units) and an NFD umlaut (two code points). */
const TEXT = ['😀 Ministerin Mu\u0308ller sagte am Dienstag in Köln', 'Russland 📰 kritisierte Russland'].join('\n');
const INDEX = createTextIndex(TEXT, 2);
/** The editor positions of the first occurrence of `quote` after `from` (UTF-16). */
const span = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  return { from: INDEX.offsetToPos(start), to: INDEX.offsetToPos(start + quote.length) };
};

/** Tags drawn as inline decorations (as annotationHighlights draws them), changed by a transaction's meta. */
const tagsKey = new PluginKey<DecorationSet>('tags');
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

const views: EditorView[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
  document.body.innerHTML = '';
});

/** The text of a span, read from the page's nodes. */
function textOf(span: TextSpan): string {
  const range = document.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range.toString();
}

/**
 * An editor with the overlay in a layer beside it. Boxes are stand-ins (the test DOM lays nothing
 * out): the layer at (10, 5), paragraph i at (40, 25 + 50·i), a span one line at x = 100 + its start offset.
 */
function mount(changed?: () => void) {
  const place = document.createElement('div');
  document.body.append(place);
  const view = new EditorView(place, { state: EditorState.create({ doc: schema.nodeFromJSON(toEditorDoc(TEXT, 2)), plugins: [tags] }) });
  views.push(view);
  const layer = document.createElement('div');
  place.append(layer);
  const measured: string[] = [];
  const painter = createSuggestionOverlay({
    view,
    layer,
    rectsOf: (span) => {
      measured.push(textOf(span));
      return [{ left: 100 + span.startOffset, top: 30, width: 8, height: 20 }];
    },
    boxOf: (element): Box => (element === layer ? { left: 10, top: 5, width: 500, height: 500 } : { left: 40, top: 25 + 50 * [...view.dom.querySelectorAll('p')].indexOf(element as HTMLParagraphElement), width: 400, height: 40 }),
    ...(changed ? { changed } : {}),
  });
  /** The painted suggestions: label, text, current. */
  const painted = () => [...layer.querySelectorAll<HTMLElement>('.tw-sug')].map((el) => [el.dataset.label, el.dataset.text, el.classList.contains('tw-sug-current')]);
  return { view, painter, layer, painted, measured };
}

const suggestion = (label: string, quote: string, current = false, from = 0) => ({ label, ...span(quote, from), current, text: quote });

describe('createSuggestionOverlay', () => {
  it('draws each suggestion as one element of dashed line boxes in the layer, grouped at its paragraph, the current one marked, with no element added to the text', () => {
    const { view, painter, layer, painted } = mount();
    const before = view.dom.innerHTML;
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['dienstag', suggestion('date', 'am Dienstag', true)],
      ['russland', suggestion('claim', 'Russland 📰 kritisierte')],
    ]);
    expect(painted()).toEqual([
      ['actor', 'Mu\u0308ller', false],
      ['date', 'am Dienstag', true],
      ['claim', 'Russland 📰 kritisierte', false],
    ]);
    expect(view.dom.innerHTML).toBe(before);
    expect(textOf(painter.rangeOf('mueller')!)).toBe('Mu\u0308ller');
    expect(textOf(painter.rangeOf('russland')!)).toBe('Russland 📰 kritisierte');
    // Groups at their paragraph's corner relative to the layer; a line box relative to its group.
    const groups = [...layer.querySelectorAll<HTMLElement>('.tw-sug-group')];
    expect(groups.map((g) => g.style.transform)).toEqual(['translate(30px, 20px)', 'translate(30px, 70px)']);
    const line = layer.querySelector<HTMLElement>('.tw-sug[data-label="date"] > span');
    const dienstag = painter.rangeOf('dienstag')!;
    expect(line?.style.left).toBe(`${100 + dienstag.startOffset - 40}px`);
    // The current one's 3 px line above ends at the text box's top (30 − 25 = 5 px into its paragraph).
    expect(line?.style.top).toBe('2px');
    expect(line?.style.height).toBe('22px');

    painter.apply(['mueller'], [['dienstag', suggestion('date', 'am Dienstag')]]);
    expect(painted()).toEqual([
      ['date', 'am Dienstag', false],
      ['claim', 'Russland 📰 kritisierte', false],
    ]);
  });

  it('a tag redraws one paragraph: only that paragraph\'s suggestions are anchored anew and measured again, and still cover their own text', () => {
    const { view, painter, painted, measured } = mount();
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['koeln', suggestion('actor', 'Köln')],
      ['russland2', suggestion('claim', 'Russland', false, 10)],
    ]);
    measured.length = 0;
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Ministerin Mu\u0308ller')));
    painter.follow();
    expect(measured.sort()).toEqual(['Köln', 'Mu\u0308ller']);
    measured.length = 0;
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Russland')));
    painter.follow();
    expect(measured).toEqual(['Russland']);
    expect(view.dom.querySelectorAll('tw-l0')).toHaveLength(2);
    expect(painted()).toHaveLength(3);
    expect(textOf(painter.rangeOf('russland2')!)).toBe('Russland');
    expect(textOf(painter.rangeOf('mueller')!)).toBe('Mu\u0308ller');
  });

  it('tells once per pass that drew, moved or took away a box, and not for a pass that changed none', () => {
    let told = 0;
    const { view, painter } = mount(() => told++);
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['koeln', suggestion('actor', 'Köln', true)],
    ]);
    expect(told).toBe(1);
    painter.apply([], []);
    painter.follow();
    expect(told).toBe(1);
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Ministerin')));
    painter.follow();
    expect(told).toBe(2);
    painter.apply(['koeln'], []);
    expect(told).toBe(3);
  });

  it('remeasure measures every drawn suggestion again (the text\'s width changed); destroy empties the layer', () => {
    const { painter, layer, measured } = mount();
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['russland', suggestion('claim', 'Russland 📰 kritisierte')],
    ]);
    measured.length = 0;
    painter.remeasure();
    expect(measured.sort()).toEqual(['Mu\u0308ller', 'Russland 📰 kritisierte']);
    painter.destroy();
    expect(layer.children).toHaveLength(0);
  });

  it('linePieces merges the boxes a range gives per inline piece on one line, and keeps each line its own', () => {
    const pieces = linePieces([
      { left: 10, top: 0, width: 20, height: 20 },
      { left: 30, top: 0, width: 15, height: 20 },
      { left: 12, top: 0, width: 5, height: 20 },
      { left: 0, top: 40, width: 0, height: 20 },
      { left: 0, top: 40, width: 30, height: 20 },
    ]);
    expect(pieces).toEqual([
      { left: 10, top: 0, width: 35, height: 20 },
      { left: 0, top: 40, width: 30, height: 20 },
    ]);
  });
});
