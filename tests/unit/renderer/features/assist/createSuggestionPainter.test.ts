// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createSuggestionPainter, highlightName, type HighlightRegistryLike } from '../../../../../renderer/features/assist/createSuggestionPainter';
import { FakeHighlight, mountedViews, mountPaintedView, spansIn, tagsKey } from '../../../support/highlightFakes';

/** Lines with an emoji (two UTF-16 units) and an NFD umlaut (two code points). */
const TEXT = ['😀 Ministerin Mu\u0308ller sagte am Dienstag in Köln', 'Russland 📰 kritisierte Russland'].join('\n');
const span = spansIn(TEXT, 2);

const views = mountedViews(afterEach);

function mount(changed?: () => void) {
  const { view, registry, createHighlight, createRange } = mountPaintedView(TEXT, 2, views);
  const painter = createSuggestionPainter({ view, registry: registry as HighlightRegistryLike, createHighlight, createRange, ...(changed ? { changed } : {}) });
  /** The texts each highlight paints now, on text still in the page. */
  const painted = (name: string) =>
    [...((registry.get(name) as unknown as Set<Range> | undefined) ?? [])].filter((r) => r.startContainer.isConnected).map((r) => r.toString());
  return { view, painter, registry, painted };
}

describe('createSuggestionPainter', () => {
  it('paints each suggestion as one range of its label\'s highlight, the current one also in the current highlight (priority 1), with no element added', () => {
    const { view, painter, registry, painted } = mount();
    const before = view.dom.innerHTML;
    painter.apply(
      [],
      [
        ['mueller', { label: 'actor', ...span('Mu\u0308ller'), current: false }],
        ['dienstag', { label: 'date', ...span('am Dienstag'), current: true }],
        ['russland', { label: 'claim', ...span('Russland 📰 kritisierte'), current: false }],
      ],
    );
    expect(painted(highlightName('actor'))).toEqual(['Mu\u0308ller']);
    expect(painted(highlightName('date'))).toEqual(['am Dienstag']);
    expect(painted(highlightName('date', true))).toEqual(['am Dienstag']);
    expect(painted(highlightName('claim'))).toEqual(['Russland 📰 kritisierte']);
    expect((registry.get(highlightName('date', true)) as unknown as FakeHighlight).priority).toBe(1);
    expect(view.dom.innerHTML).toBe(before);

    painter.apply(['mueller'], [['dienstag', { label: 'date', ...span('am Dienstag'), current: false }]]);
    expect(painted(highlightName('actor'))).toEqual([]);
    expect(painted(highlightName('date', true))).toEqual([]);
    expect(painted(highlightName('date'))).toEqual(['am Dienstag']);
  });

  it('a tag drawn over the text replaces its text nodes: the suggestions of that paragraph are anchored anew and still paint their own text', () => {
    const { view, painter, painted } = mount();
    painter.apply(
      [],
      [
        ['mueller', { label: 'actor', ...span('Mu\u0308ller'), current: false }],
        ['koeln', { label: 'actor', ...span('Köln'), current: false }],
        ['russland2', { label: 'claim', ...span('Russland', 10), current: false }],
      ],
    );
    // A tag over "Ministerin Müller" and one over the emoji line's first word: ProseMirror redraws both paragraphs.
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Ministerin Mu\u0308ller')));
    painter.follow();
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Russland')));
    painter.follow();
    expect(view.dom.querySelectorAll('tw-l0')).toHaveLength(2);
    expect(painted(highlightName('actor')).sort()).toEqual(['Köln', 'Mu\u0308ller']);
    expect(painted(highlightName('claim'))).toEqual(['Russland']);
    expect(painter.rangeOf('russland2')?.startContainer.isConnected).toBe(true);
  });

  it('tells once per pass that added or took away a range (a paint no DOM change shows), and not for a pass that changed none', () => {
    let told = 0;
    const { view, painter } = mount(() => told++);
    painter.apply([], [
      ['mueller', { label: 'actor', ...span('Mu\u0308ller'), current: false }],
      ['koeln', { label: 'actor', ...span('Köln'), current: true }],
    ]);
    expect(told).toBe(1);
    painter.apply([], []);
    painter.follow();
    expect(told).toBe(1);
    // A tag redraws the paragraph: its suggestions are anchored anew, told once.
    view.dispatch(view.state.tr.setMeta(tagsKey, span('Ministerin')));
    painter.follow();
    expect(told).toBe(2);
    painter.apply(['koeln'], []);
    expect(told).toBe(3);
  });

  it('destroy takes every highlight out of the registry', () => {
    const { painter, registry } = mount();
    painter.apply([], [['mueller', { label: 'actor', ...span('Mu\u0308ller'), current: true }]]);
    expect(registry.size).toBe(2);
    painter.destroy();
    expect(registry.size).toBe(0);
  });
});
