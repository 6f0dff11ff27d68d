import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import type { Annotation } from '@shared/annotation/annotation';
import { annotationHighlights, diffAnnotations, firstHighlights, highlightKey, type HighlightConfig } from '../../../../renderer/editor/annotationHighlights';

const TEXT = '😀 Mu\u0308ller sagt: Anna kommt morgen nach Köln.';
const cps = Array.from(TEXT);
const span = (id: string, start: number, end: number, label = 'actor'): Annotation => ({ id, label, start, end, text: cps.slice(start, end).join(''), annotator: 'jonas' });

const A = span('a', 2, 9);
const B = span('b', 16, 20);
const C = span('c', 21, 26, 'date');
const D = span('d', 39, 43);

describe('diffAnnotations', () => {
  it.each([
    ['a tag added in the middle', [A, C, D], [A, B, C, D], ['b'], []],
    ['a tag deleted (NFD quote)', [A, B, C, D], [A, C, D], [], ['b']],
    ['a retag: new object, same id', [A, B, C], [A, { ...B, label: 'claim' }, C], ['b'], ['b']],
    ['nothing changed', [A, B], [A, B], [], []],
    ['everything undone (emoji quote first)', [A, B, C, D], [], [], ['a', 'b', 'c', 'd']],
    ['tag all of two', [A], [A, B, D], ['b', 'd'], []],
  ] as const)('%s', (_name, before, after, added, removed) => {
    const change = diffAnnotations(before, after);
    expect(change.added.map((a) => a.id)).toEqual(added);
    expect(change.removed.map((a) => a.id)).toEqual(removed);
  });

  it('removes the annotation as it was drawn, so a retag finds the old decoration', () => {
    const change = diffAnnotations([A, B], [A, { ...B, label: 'quote' }]);
    expect(change.removed[0]).toBe(B);
  });
});

describe('annotationHighlights', () => {
  const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });
  const config: HighlightConfig = { toPos: (cp) => Array.from(TEXT).slice(0, cp).join('').length + 1, labelName: (id) => id };
  const drawn = (state: EditorState) =>
    highlightKey
      .getState(state)
      ?.set.find()
      .map((d) => `${(d.spec as { id: string }).id}:${(d.spec as { lane: number }).lane}:${d.from}-${d.to}`)
      .sort();

  it('applies added, retagged and removed spans incrementally, nested spans on their own lane', () => {
    let state = EditorState.create({ doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text(TEXT)])]), plugins: [annotationHighlights(config, [A, C])] });
    expect(drawn(state)).toEqual(['a:0:4-11', 'c:0:23-28']);
    const outer = span('outer', 16, 26, 'claim');
    state = state.apply(state.tr.setMeta(highlightKey, diffAnnotations([A, C], [A, outer, C])));
    expect(drawn(state)).toEqual(['a:0:4-11', 'c:0:23-28', 'outer:1:18-28']);
    const retagged = { ...C, label: 'actor' };
    state = state.apply(state.tr.setMeta(highlightKey, diffAnnotations([A, outer, C], [A, outer, retagged])));
    const labels = highlightKey.getState(state)?.set.find().map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-label']);
    expect(labels?.sort()).toEqual(['actor', 'actor', 'claim']);
    state = state.apply(state.tr.setMeta(highlightKey, diffAnnotations([A, outer, retagged], [outer])));
    expect(drawn(state)).toEqual(['outer:1:18-28']);
  });

  it('offers the first render the very set the plugin starts with, and nothing once the plugin is installed', () => {
    const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text(TEXT)])]);
    const first = firstHighlights(config, [A, B, D]);
    const bare = EditorState.create({ doc });
    const offered = first.decorations(bare);
    expect(offered?.find().map((d) => `${d.from}-${d.to}`)).toEqual(['4-11', '18-22', '41-45']);
    const installed = bare.reconfigure({ plugins: [annotationHighlights(config, [A, B, D], first)] });
    expect(highlightKey.getState(installed)?.set).toBe(offered);
    expect(first.decorations(installed)).toBeNull();
  });
});
