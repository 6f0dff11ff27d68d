// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightPainter, type HighlightRegistryLike } from '../../../../renderer/editor/createHighlightPainter';
import { FakeHighlight, mountedViews, mountPaintedView, spansIn, tagsKey } from '../../support/highlightFakes';

/** Lines with an emoji (two UTF-16 units) and an NFD umlaut (two code points), one paragraph per chunk. */
const TEXT = ['😀 Jörg Mu\u0308ller sagte 📰 am Dienstag', 'Köln 😀 schwieg', 'Mu\u0308ller'].join('\n');
const span = spansIn(TEXT, 1);

const views = mountedViews(afterEach);

function mount() {
  const mounted = mountPaintedView(TEXT, 1, views);
  let told = 0;
  const painter = createHighlightPainter({
    view: mounted.view,
    registry: mounted.registry as HighlightRegistryLike,
    createHighlight: mounted.createHighlight,
    createRange: mounted.createRange,
    priorityOf: (name) => (name === 'top' ? 5 : 0),
    changed: () => told++,
  });
  /** The texts highlight `name` paints on text still in the page, in text order. */
  const texts = (name: string) =>
    mounted
      .rangesOf(name)
      .filter((r) => r.startContainer.isConnected && r.endContainer.isConnected)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((r) => r.toString());
  return { ...mounted, painter, texts, told: () => told };
}

describe('createHighlightPainter', () => {
  it('paints each range in each of its highlights on exactly its text (emoji and NFD umlaut inside), with each name\'s priority and no element added', () => {
    const { view, painter, texts, registry } = mount();
    const before = view.dom.innerHTML;
    painter.apply([], [
      ['a', { ...span('😀 Jörg Mu\u0308ller'), names: ['low', 'top'] }],
      ['b', { ...span('📰 am'), names: ['low'] }],
      ['c', { ...span('Mu\u0308ller', 20), names: ['low'] }],
    ]);
    expect(texts('low')).toEqual(['😀 Jörg Mu\u0308ller', '📰 am', 'Mu\u0308ller']);
    expect(texts('top')).toEqual(['😀 Jörg Mu\u0308ller']);
    expect((registry.get('top') as unknown as FakeHighlight).priority).toBe(5);
    expect(painter.size).toBe(3);
    expect(view.dom.innerHTML).toBe(before);
  });

  it('a tag that splits a range\'s text node re-anchors that paragraph\'s ranges on the new nodes, and leaves other paragraphs\' ranges as they are', () => {
    const { view, painter, texts, rangesOf } = mount();
    painter.apply([], [
      ['a', { ...span('Jörg Mu\u0308ller sagte'), names: ['low'] }],
      ['b', { ...span('Köln 😀'), names: ['low'] }],
    ]);
    const other = painter.rangeOf('b');
    // A tag over "Mu\u0308ller" cuts the first paragraph's text node in three: ProseMirror redraws that paragraph only.
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Mu\u0308ller')));
    painter.follow();
    expect(view.dom.querySelectorAll('tw-l0')).toHaveLength(1);
    expect(texts('low')).toEqual(['Jörg Mu\u0308ller sagte', 'Köln 😀']);
    const moved = painter.rangeOf('a') as Range;
    expect(moved.startContainer).not.toBe(moved.endContainer);
    expect(painter.rangeOf('b')).toBe(other);
    expect(rangesOf('low')).toHaveLength(2);
  });

  it('follows a DOM change by itself (the mutation observer) and tells once per pass that changed a range', async () => {
    const { view, painter, texts, told } = mount();
    painter.apply([], [['a', { ...span('sagte'), names: ['low'] }]]);
    expect(told()).toBe(1);
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Jörg')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(texts('low')).toEqual(['sagte']);
    expect(told()).toBe(2);
    painter.follow();
    painter.apply([], []);
    expect(told()).toBe(2);
  });

  it('replacing an id takes its old range out of every highlight it was in; dropping all leaves nothing painted; destroy unregisters', () => {
    const { painter, texts, registry } = mount();
    painter.apply([], [['a', { ...span('Köln'), names: ['low', 'top'] }]]);
    painter.apply([], [['a', { ...span('Köln'), names: ['low'] }]]);
    expect(texts('top')).toEqual([]);
    expect(texts('low')).toEqual(['Köln']);
    painter.apply(['a'], []);
    expect(texts('low')).toEqual([]);
    expect(painter.size).toBe(0);
    painter.destroy();
    expect(registry.size).toBe(0);
  });
});
