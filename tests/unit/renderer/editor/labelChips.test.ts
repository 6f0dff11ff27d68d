import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import type { Annotation } from '@shared/annotation/annotation';
import { annotationHighlights, diffAnnotations, highlightKey, type HighlightConfig } from '../../../../renderer/editor/annotationHighlights';
import { chipsKey, labelChips } from '../../../../renderer/editor/labelChips';

const TEXT = '😀 Mu\u0308ller sagt: Anna kommt morgen nach Köln.';
const cps = Array.from(TEXT);
const span = (id: string, start: number, end: number, label = 'actor'): Annotation => ({ id, label, start, end, text: cps.slice(start, end).join(''), annotator: 'jonas' });

const MUELLER = span('m', 2, 9);
const ANNA = span('a', 16, 20);
const OUTER = span('o', 16, 26, 'claim');

describe('labelChips', () => {
  const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });
  const config: HighlightConfig = { toPos: (cp) => cps.slice(0, cp).join('').length + 1, labelName: (id) => id.toUpperCase() };
  const chips = (state: EditorState) =>
    chipsKey
      .getState(state)
      ?.set.find()
      .map((d) => `${(d.spec as { id: string }).id}@${d.from}`)
      .sort();
  const change = (state: EditorState, before: Annotation[], after: Annotation[]) => state.apply(state.tr.setMeta(highlightKey, diffAnnotations(before, after)));
  const toggle = (state: EditorState, on: boolean) => state.apply(state.tr.setMeta(chipsKey, { on }));

  it('keeps nothing while off, then shows a chip per drawn span, following changes while on', () => {
    let state = EditorState.create({
      doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text(TEXT)])]),
      plugins: [annotationHighlights(config, [MUELLER]), labelChips(config)],
    });
    state = change(state, [MUELLER], [MUELLER, ANNA]);
    expect(chips(state)).toEqual([]);
    state = toggle(state, true);
    expect(chips(state)).toEqual(['a@18', 'm@4']);
    state = change(state, [MUELLER, ANNA], [MUELLER, OUTER, ANNA]);
    expect(chips(state)).toEqual(['a@18', 'm@4', 'o@18']);
    const retagged = { ...ANNA, label: 'date' };
    state = change(state, [MUELLER, OUTER, ANNA], [OUTER, retagged]);
    expect(chips(state)).toEqual(['a@18', 'o@18']);
    expect(chipsKey.getState(state)?.set.find().map((d) => (d.spec as { key: string }).key)).toContain('label-chip:a:date:18');
    state = toggle(state, false);
    expect(chips(state)).toEqual([]);
  });
});
