import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import type { Annotation } from '@shared/annotation/annotation';
import type { Suggestion } from '@shared/assist/suggestion';
import { highlightKey } from '../../../../../renderer/editor/annotationHighlights';
import { suggestionHighlights, suggestionKey } from '../../../../../renderer/features/assist/suggestionHighlights';

const TEXT = '😀 Ministerin Mu\u0308ller sagte am Dienstag in Köln: „Wir bleiben.“';
const cps = Array.from(TEXT);
const at = (quote: string) => Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
const suggestion = (label: string, quote: string): Suggestion => {
  const start = at(quote);
  const end = start + Array.from(quote).length;
  return { id: `suggest-${label}-${start}-${end}`, label, start, end, text: quote, suggester: label === 'date' ? 'date' : 'actor' };
};
const tag = (label: string, quote: string): Annotation => {
  const start = at(quote);
  return { id: `t-${label}-${start}`, label, start, end: start + Array.from(quote).length, text: quote, annotator: 'me' };
};

const MUELLER = suggestion('actor', 'Mu\u0308ller');
const DIENSTAG = suggestion('date', 'am Dienstag');
const QUOTE = suggestion('quote', '„Wir bleiben.“');

describe('suggestionHighlights', () => {
  const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });
  const toPos = (cp: number) => cps.slice(0, cp).join('').length + 1;
  const drawn = (state: EditorState) =>
    [...(suggestionKey.getState(state)?.drawn.values() ?? [])].sort((a, b) => a.from - b.from).map((d) => d.suggestion.text);
  const start = () => {
    const state = EditorState.create({ doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text(TEXT)])]), plugins: [suggestionHighlights(toPos)] });
    return state.apply(state.tr.setMeta(suggestionKey, { touched: new Set([MUELLER.id, DIENSTAG.id, QUOTE.id]), drawn: [MUELLER, DIENSTAG, QUOTE], currentId: DIENSTAG.id }));
  };

  it('the transaction that draws my tag hides the suggestion of its label it covers, in that same transaction; other labels stay', () => {
    let state = start();
    expect(drawn(state)).toEqual(['Mu\u0308ller', 'am Dienstag', '„Wir bleiben.“']);
    // A date tag over "Dienstag" (part of the suggestion) and an actor tag over the quote (another label).
    state = state.apply(state.tr.setMeta(highlightKey, { added: [tag('date', 'Dienstag'), tag('actor', '„Wir bleiben.“')], removed: [] }));
    expect(drawn(state)).toEqual(['Mu\u0308ller', '„Wir bleiben.“']);
    expect(suggestionKey.getState(state)?.drawn.has(DIENSTAG.id)).toBe(false);
    // The index's redraw after the frame, listing the covered one as gone, finds nothing left to remove.
    state = state.apply(state.tr.setMeta(suggestionKey, { touched: new Set([DIENSTAG.id]), drawn: [], currentId: null }));
    expect(drawn(state)).toEqual(['Mu\u0308ller', '„Wir bleiben.“']);
    // Deleting the tag: the index draws it again when it says so.
    state = state.apply(state.tr.setMeta(highlightKey, { added: [], removed: [tag('date', 'Dienstag')] }));
    expect(drawn(state)).toEqual(['Mu\u0308ller', '„Wir bleiben.“']);
    state = state.apply(state.tr.setMeta(suggestionKey, { touched: new Set([DIENSTAG.id]), drawn: [DIENSTAG], currentId: null }));
    expect(drawn(state)).toEqual(['Mu\u0308ller', 'am Dienstag', '„Wir bleiben.“']);
  });

  it('a tag that only touches a suggestion (ends where it starts) leaves it drawn', () => {
    let state = start();
    state = state.apply(state.tr.setMeta(highlightKey, { added: [tag('actor', 'Ministerin')], removed: [] }));
    expect(drawn(state)).toEqual(['Mu\u0308ller', 'am Dienstag', '„Wir bleiben.“']);
  });
});
