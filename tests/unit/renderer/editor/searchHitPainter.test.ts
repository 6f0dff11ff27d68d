// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import { findMatches } from '@shared/text/findMatches';
import { createTextIndex, toEditorDoc } from '@shared/text/textIndex';
import { createSearchHitPainter, SEARCH_CURRENT, SEARCH_HIT, type HitRegistryLike, type PaintedHit } from '../../../../renderer/editor/searchHitPainter';

const schema = new Schema({
  nodes: { doc: { content: 'textChunk+' }, textChunk: { content: 'paragraph+', toDOM: () => ['div', 0] }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} },
});

/** Lines with an emoji (two UTF-16 units) and an NFD umlaut (never a hit of the precomposed query). */
const TEXT = ['😀 Müller sagte, Mu\u0308ller schwieg', 'In Köln 📰 sagte Müller nichts', 'müller'].join('\n');
const INDEX = createTextIndex(TEXT, 2);
const hitsOf = (query: string, current = 0): PaintedHit[] =>
  findMatches(TEXT, query).map((h, i) => ({ from: INDEX.offsetToPos(h.start), to: INDEX.offsetToPos(h.end), current: i === current }));

/** A stand-in highlight (a set of ranges with a priority), as the page's `Highlight` is. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** Tags drawn as inline decorations (as annotationHighlights draws them): a tag redraws its paragraph's text nodes. */
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

function mount() {
  const place = document.createElement('div');
  document.body.append(place);
  const view = new EditorView(place, { state: EditorState.create({ doc: schema.nodeFromJSON(toEditorDoc(TEXT, 2)), plugins: [tags] }) });
  views.push(view);
  const registry = new Map<string, Highlight>();
  let told = 0;
  const painter = createSearchHitPainter({
    view,
    registry: registry as HitRegistryLike,
    createHighlight: () => new FakeHighlight() as unknown as Highlight,
    createRange: (start, end) => {
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return range;
    },
    changed: () => told++,
  });
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

  it('paints nothing once the hits are gone, and takes its highlights out of the registry when destroyed', () => {
    const { painter, painted, registry } = mount();
    painter.paint(hitsOf('müller'));
    painter.paint([]);
    expect(painted()).toEqual([]);
    painter.destroy();
    expect(registry.size).toBe(0);
  });
});
