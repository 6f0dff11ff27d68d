// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findMatches } from '@shared/text/findMatches';
import { createTextIndex } from '@shared/text/textIndex';
import { createSearchHitPainter, SEARCH_CURRENT, SEARCH_HIT, type HitRegistryLike, type PaintedHit } from '../../../../renderer/editor/searchHitPainter';
import { FakeHighlight, mountedViews, mountPaintedView, tagsKey } from '../../support/highlightFakes';

/** Lines with an emoji (two UTF-16 units) and an NFD umlaut (never a hit of the precomposed query). */
const TEXT = ['😀 Müller sagte, Mu\u0308ller schwieg', 'In Köln 📰 sagte Müller nichts', 'müller'].join('\n');
const INDEX = createTextIndex(TEXT, 2);
const hitsOf = (query: string, current = 0): PaintedHit[] =>
  findMatches(TEXT, query).map((h, i) => ({ from: INDEX.offsetToPos(h.start), to: INDEX.offsetToPos(h.end), current: i === current }));

const views = mountedViews(afterEach);

function mount() {
  const { view, registry, createHighlight, createRange } = mountPaintedView(TEXT, 2, views);
  let told = 0;
  const painter = createSearchHitPainter({ view, registry: registry as HitRegistryLike, createHighlight, createRange, changed: () => told++ });
  /** What is painted, as the text each range covers, the current one starred, in text order. */
  const painted = () => {
    const out: [number, string][] = [];
    for (const [name, star] of [[SEARCH_HIT, ''], [SEARCH_CURRENT, '*']] as const)
      for (const r of (registry.get(name) as unknown as FakeHighlight | undefined) ?? []) {
        const range = r as Range;
        out.push([view.posAtDOM(range.startContainer, range.startOffset), `${range.toString()}${star}`]);
      }
    return out.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  };
  return { view, painter, registry, painted, told: () => told };
}

describe('createSearchHitPainter', () => {
  it('paints each hit on its text, the current one in its own highlight above the others', () => {
    const { painter, painted, registry, told } = mount();
    painter.paint(hitsOf('müller', 1));
    expect(painted()).toEqual(['Müller', 'Müller*', 'müller']);
    expect((registry.get(SEARCH_CURRENT) as unknown as FakeHighlight).priority).toBeGreaterThan((registry.get(SEARCH_HIT) as unknown as FakeHighlight).priority);
    expect(told()).toBe(1);
  });

  it('paints the hits again on the new text nodes after a tag redraws their paragraph, and not again when nothing changed', () => {
    const { view, painter, painted, told } = mount();
    const hits = hitsOf('sagte');
    painter.paint(hits);
    const [first] = hitsOf('Müller');
    view.dispatch(view.state.tr.setMeta(tagsKey, { from: first!.from, to: first!.to }));
    painter.paint(hits);
    expect(painted()).toEqual(['sagte*', 'sagte']);
    expect(told()).toBe(2);
    painter.paint(hits);
    expect(told()).toBe(2);
  });

  it('a tag re-anchors only the hits of the paragraph it redrew: the other paragraphs keep their ranges', () => {
    const { view, painter, registry, painted } = mount();
    const hits = hitsOf('müller');
    painter.paint(hits);
    const before = new Set((registry.get(SEARCH_HIT) as unknown as FakeHighlight).values());
    // The first line's "sagte": ProseMirror redraws that paragraph only.
    const [first] = hitsOf('sagte');
    view.dispatch(view.state.tr.setMeta(tagsKey, { from: first!.from, to: first!.to }));
    painter.paint(hits);
    expect(painted()).toEqual(['Müller*', 'Müller', 'müller']);
    const after = [...(registry.get(SEARCH_HIT) as unknown as FakeHighlight)];
    expect(after.filter((r) => before.has(r)).map((r) => (r as Range).toString())).toEqual(['Müller', 'müller']);
  });

  it('a new set of hits paints only what changed: moving the current hit replaces two ranges and keeps the rest', () => {
    const { painter, registry, painted } = mount();
    painter.paint(hitsOf('müller', 0));
    const kept = [...(registry.get(SEARCH_HIT) as unknown as FakeHighlight)].find((r) => (r as Range).toString() === 'müller');
    painter.paint(hitsOf('müller', 1));
    expect(painted()).toEqual(['Müller', 'Müller*', 'müller']);
    expect([...(registry.get(SEARCH_HIT) as unknown as FakeHighlight)]).toContain(kept);
  });

  it('paints nothing once the hits are gone, and takes its highlights out of the registry when destroyed', () => {
    const { painter, painted, registry } = mount();
    painter.paint(hitsOf('müller'));
    painter.paint([]);
    expect(painted()).toEqual([]);
    painter.destroy();
    expect(registry.size).toBe(0);
  });
});
