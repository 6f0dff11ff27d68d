// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { createSuggestionOverlay, SUGGESTION_LINE, CURRENT_SUGGESTION_LINE, type Box, type PaintedSuggestion, type TextSpan } from '../../../../../renderer/features/assist/createSuggestionOverlay';
import { mountedViews, mountPaintedView, spansIn, tagsKey } from '../../../support/highlightFakes';

/** Lines with an emoji (two UTF-16 units) and an NFD umlaut (two code points); each line is a paragraph. */
const TEXT = ['😀 Ministerin Mu\u0308ller sagte am Dienstag in Köln', 'Russland 📰 kritisierte Russland', 'Ein dritter Absatz ohne Wirkung'].join('\n');
const span = spansIn(TEXT, 3);

/** A fake layout: 10 px per UTF-16 unit, 24 units per line of 20 px, lines 30 px apart, paragraph `i` at y = 100·i. */
const CHAR = 10;
const PER_LINE = 24;
const paragraphTop = (i: number) => 100 * i;

/** A chip widget at a position, added by a transaction's meta (as the label-chips view draws them). */
const widgetKey = new PluginKey<DecorationSet>('widgets');
const widgets = new Plugin<DecorationSet>({
  key: widgetKey,
  state: {
    init: () => DecorationSet.empty,
    apply: (tr, set) => {
      const at = tr.getMeta(widgetKey) as number | undefined;
      if (at === undefined) return set.map(tr.mapping, tr.doc);
      const chip = () => {
        const el = document.createElement('span');
        el.setAttribute('contenteditable', 'false');
        return el;
      };
      return set.add(tr.doc, [Decoration.widget(at, chip)]);
    },
  },
  props: { decorations: (state) => widgetKey.getState(state) },
});

const views = mountedViews(afterEach);

function mount() {
  const { view } = mountPaintedView(TEXT, 3, views, [widgets]);
  const layer = document.createElement('div');
  view.dom.parentElement?.append(layer);
  const paragraphs = (): Element[] => [...view.dom.querySelectorAll('p')];
  const reads = { rects: 0, boxes: 0 };
  const frames: (() => void)[] = [];
  const rectsOf = (s: TextSpan): Box[] => {
    reads.rects++;
    const p = (s.startContainer.parentElement as Element).closest('p') as Element;
    const offsetOf = (node: Node, offset: number) => {
      const r = document.createRange();
      r.setStart(p, 0);
      r.setEnd(node, offset);
      return r.toString().length;
    };
    const top = paragraphTop(paragraphs().indexOf(p));
    const from = offsetOf(s.startContainer, s.startOffset);
    const to = offsetOf(s.endContainer, s.endOffset);
    const out: Box[] = [];
    for (let at = from; at < to; at = (Math.floor(at / PER_LINE) + 1) * PER_LINE) {
      const end = Math.min(to, (Math.floor(at / PER_LINE) + 1) * PER_LINE);
      out.push({ left: (at % PER_LINE) * CHAR, top: top + Math.floor(at / PER_LINE) * 30, width: (end - at) * CHAR, height: 20 });
    }
    return out;
  };
  const boxOf = (element: Element): Box => {
    reads.boxes++;
    const i = paragraphs().indexOf(element);
    return { left: 0, top: i < 0 ? 0 : paragraphTop(i), width: 200, height: 90 };
  };
  let told = 0;
  const painter = createSuggestionOverlay({ view, layer, rectsOf, boxOf, nextFrame: (run) => frames.push(run), changed: () => told++ });
  /** Each drawn suggestion: its text, label, whether current, its line width, and the text boxes its dashed lines frame (layer coordinates). */
  const drawn = () =>
    [...layer.querySelectorAll<SVGPathElement>('.tw-sug')].map((el) => {
      const group = el.parentNode as SVGSVGElement;
      const [dx, dy] = [parseFloat(group.style.left), parseFloat(group.style.top)];
      const current = el.classList.contains('tw-sug-current');
      const half = (current ? CURRENT_SUGGESTION_LINE : SUGGESTION_LINE) / 2;
      const lines = [...(el.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)/gu)].map((m) => m.slice(1).map(Number) as [number, number, number]);
      const boxes: number[][] = [];
      for (let i = 0; i + 1 < lines.length; i += 2) {
        const [x, above, width] = lines[i] as [number, number, number];
        const below = (lines[i + 1] as [number, number, number])[1];
        boxes.push([x + dx, above + half + dy, width, below - above - 2 * half]);
      }
      return { text: el.dataset.text, label: el.dataset.label, current, boxes };
    });
  const runFrames = () => {
    for (const run of frames.splice(0)) run();
  };
  return { view, layer, painter, reads, frames, runFrames, drawn, told: () => told };
}

const suggestion = (label: string, quote: string, current = false, from = 0): PaintedSuggestion => ({ label, ...span(quote, from), current, text: quote });

describe('createSuggestionOverlay', () => {
  it('draws each suggestion as dashed lines above and below each line piece of exactly its text (emoji, NFD umlaut, across a line end), the current one marked, adding no element to the text', () => {
    const { view, painter, drawn, told } = mount();
    const before = view.dom.innerHTML;
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['dienstag', suggestion('date', 'am Dienstag', true)],
      ['russland', suggestion('claim', 'Russland 📰 kritisierte Russland')],
    ]);
    // "😀 Ministerin " is 14 UTF-16 units: "Mu\u0308ller" (7 units) starts at x = 140 on the first line.
    // "am Dienstag" starts at unit 28 (the second line, x = 40); "Russland 📰 kritisierte Russland" (32 units) wraps after 24.
    expect(drawn()).toEqual([
      { text: 'Mu\u0308ller', label: 'actor', current: false, boxes: [[140, 0, 70, 20]] },
      { text: 'am Dienstag', label: 'date', current: true, boxes: [[40, 30, 110, 20]] },
      { text: 'Russland 📰 kritisierte Russland', label: 'claim', current: false, boxes: [[0, 100, 240, 20], [0, 130, 80, 20]] },
    ]);
    expect(view.dom.innerHTML).toBe(before);
    expect(told()).toBe(1);
  });

  it('a tag drawn in a paragraph moves no glyph: its suggestions keep their boxes, nothing is measured in the key or the next frame, and the range still finds its text on the new nodes', () => {
    const { view, painter, reads, frames, runFrames, drawn } = mount();
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['koeln', suggestion('actor', 'Köln')],
    ]);
    const boxes = drawn();
    const measured = { ...reads };
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Ministerin Mu\u0308ller')));
    painter.follow();
    expect(view.dom.querySelectorAll('tw-l0')).toHaveLength(1);
    expect(frames).toHaveLength(0);
    runFrames();
    expect(reads).toEqual(measured);
    expect(drawn()).toEqual(boxes);
    const at = painter.rangeOf('mueller');
    expect(at?.startContainer.isConnected).toBe(true);
    const range = document.createRange();
    range.setStart(at!.startContainer, at!.startOffset);
    range.setEnd(at!.endContainer, at!.endOffset);
    expect(range.toString()).toBe('Mu\u0308ller');
  });

  it('a widget drawn into a paragraph (a chip moves the glyphs after it) measures that paragraph again in the next animation frame, not in the key, and no other paragraph', () => {
    const { view, painter, reads, frames, runFrames } = mount();
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['koeln', suggestion('actor', 'Köln')],
      ['russland', suggestion('claim', 'Russland', false, 10)],
      ['dritter', suggestion('claim', 'dritter Absatz')],
    ]);
    const measured = reads.rects;
    view.dispatch(view.state.tr.setMeta(widgetKey, span('sagte').from));
    painter.follow();
    expect(reads.rects).toBe(measured);
    expect(frames).toHaveLength(1);
    runFrames();
    // The two suggestions of the first paragraph, and only they.
    expect(reads.rects).toBe(measured + 2);
  });

  it('drops a suggestion in the same call (a tag that covers it): its box goes at once, and a group with none left goes too', () => {
    const { layer, painter, drawn, told } = mount();
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['russland', suggestion('claim', 'Russland 📰 kritisierte')],
    ]);
    expect(layer.querySelectorAll('.tw-sug-group')).toHaveLength(2);
    painter.apply(['russland'], []);
    expect(drawn().map((d) => d.text)).toEqual(['Mu\u0308ller']);
    expect(layer.querySelectorAll('.tw-sug-group')).toHaveLength(1);
    expect(told()).toBe(2);
    // Moving the current mark redraws that one box with the thicker lines.
    painter.apply([], [['mueller', suggestion('actor', 'Mu\u0308ller', true)]]);
    expect(drawn()).toEqual([{ text: 'Mu\u0308ller', label: 'actor', current: true, boxes: [[140, 0, 70, 20]] }]);
  });

  it('a change of the text\'s width measures every suggestion again at once (layout is fresh in a resize callback); of its height only places the groups again', () => {
    const { painter, reads } = mount();
    painter.apply([], [
      ['mueller', suggestion('actor', 'Mu\u0308ller')],
      ['russland', suggestion('claim', 'Russland', false, 10)],
    ]);
    const measured = { ...reads };
    painter.relayout(false);
    expect(reads.rects).toBe(measured.rects);
    expect(reads.boxes).toBe(measured.boxes + 3);
    painter.relayout(true);
    expect(reads.rects).toBe(measured.rects + 2);
  });

  it('destroy takes every box away', () => {
    const { layer, painter } = mount();
    painter.apply([], [['mueller', suggestion('actor', 'Mu\u0308ller')]]);
    painter.destroy();
    expect(layer.children).toHaveLength(0);
  });
});
