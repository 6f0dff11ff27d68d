import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { labelKeyAction, type KeySelection, type LabelKeyInput } from '@shared/annotation/labelKeyAction';
import { sortAnnotations } from '@shared/annotation/annotationList';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { MIXED, annotate } from './fixtures';

// MIXED = '👍🏽 Putin traf Mu\u0308ller am 3. März 😀 in Moskau.' — an emoji before every span, an NFD umlaut.
const putin = annotate(MIXED, 'Putin', 'actor', 'putin');
const putinClaim = { ...annotate(MIXED, 'Putin', 'claim', 'putin-claim') };
const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'mueller');
const moskau = annotate(MIXED, 'Moskau', 'actor', 'moskau');

/** The UTF-16 selection of the n-th occurrence of `quote`, optionally widened, visible unless said. */
function sel(quote: string, widen: [number, number] = [0, 0], visible = true): KeySelection {
  const start = MIXED.indexOf(quote);
  return { start: start + widen[0], end: start + quote.length + widen[1], visible };
}

function decide(over: Partial<LabelKeyInput>): ReturnType<typeof labelKeyAction> {
  return labelKeyAction({
    text: MIXED,
    converter: createOffsetConverter(MIXED),
    annotations: [],
    selectedId: null,
    label: 'actor',
    snapToWords: true,
    selection: null,
    ...over,
  });
}

/** The decision in a short, comparable form. */
function outcome(action: ReturnType<typeof labelKeyAction>): string {
  if (action.kind === 'create') return `create ${MIXED.slice(action.span.utf16Start, action.span.utf16End)} ${action.span.start}-${action.span.end}`;
  if (action.kind === 'refuse') return `refuse ${action.reason}`;
  return `${action.kind} ${action.target.id}`;
}

describe('labelKeyAction', () => {
  const cases: Array<[string, Partial<LabelKeyInput>, string]> = [
    ['a new selection after the emoji makes a tag in code points', { selection: sel('Putin') }, 'create Putin 3-8'],
    ['a drag overshooting into the next space is trimmed', { selection: sel('Putin', [0, 1]) }, 'create Putin 3-8'],
    ['a drag starting mid-word snaps to the word', { selection: sel('Putin', [2, 0]) }, 'create Putin 3-8'],
    ['half of the NFD umlaut word snaps to the whole word', { selection: sel('Mu\u0308ller', [1, -3]) }, 'create Mu\u0308ller 14-21'],
    ['without snapping, a start inside the NFD umlaut keeps the whole letter', { selection: sel('Mu\u0308ller', [2, 0]), snapToWords: false }, 'create u\u0308ller 15-21'],
    ['a selection exactly on a tag retags it', { selection: sel('Putin'), annotations: [putin], label: 'claim' }, 'retag putin'],
    ['an overshooting selection equal to a tag after trimming retags it', { selection: sel('Putin', [-1, 1]), annotations: [putin], label: 'claim' }, 'retag putin'],
    ['same range, same label: exists, never a second tag', { selection: sel('Putin'), annotations: [putin] }, 'exists putin'],
    ['two tags on one range: the selected one is retagged', { selection: sel('Putin'), annotations: sortAnnotations([putin, { ...putinClaim, label: 'date' }]), selectedId: 'putin-claim', label: 'quote' }, 'retag putin-claim'],
    ['two tags on one range, retag to the other\'s label: exists, selects the twin', { selection: sel('Putin'), annotations: sortAnnotations([putin, putinClaim]), selectedId: 'putin-claim', label: 'actor' }, 'exists putin'],
    ['a larger selection than a tag is a new tag, whatever is selected', { selection: sel('Putin traf'), annotations: [putin], selectedId: 'putin' }, 'create Putin traf 3-13'],
    ['no selection, a selected tag: retag it', { annotations: [mueller, moskau], selectedId: 'moskau', label: 'date' }, 'retag moskau'],
    ['no selection, the selected tag has the label already: exists', { annotations: [moskau], selectedId: 'moskau' }, 'exists moskau'],
    ['a collapsed selection counts as none', { selection: { start: 4, end: 4, visible: true }, annotations: [moskau], selectedId: 'moskau', label: 'quote' }, 'retag moskau'],
    ['no selection, nothing selected: refused', { annotations: [moskau] }, 'refuse empty'],
    ['a selection out of view is refused, never the selected tag retagged', { selection: sel('Putin', [0, 0], false), annotations: [moskau], selectedId: 'moskau' }, 'refuse out-of-view'],
    ['whitespace only is refused', { selection: { start: 4, end: 5, visible: true } }, 'refuse whitespace'],
    ['offsets outside the text are refused', { selection: { start: 0, end: 999, visible: true } }, 'refuse out-of-range'],
    ['a hidden tag on the range is not retagged: a new tag instead', { selection: sel('Putin'), annotations: [putinClaim], isShown: (a: Annotation) => a.label !== 'claim' }, 'create Putin 3-8'],
    ['a hidden tag with the same label is still never doubled', { selection: sel('Putin'), annotations: [putin], isShown: () => false }, 'exists putin'],
    ['a hidden selected tag is not retagged by a key', { annotations: [moskau], selectedId: 'moskau', label: 'date', isShown: () => false }, 'refuse empty'],
    ['read-only: a change is refused', { selection: sel('Putin'), readOnly: true }, 'refuse read-only'],
    ['read-only: an existing twin is still selected', { selection: sel('Putin'), annotations: [putin], readOnly: true }, 'exists putin'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(outcome(decide(input))).toBe(expected);
  });

  it('selecting backwards is the same as forwards', () => {
    const s = sel('Moskau');
    expect(outcome(decide({ selection: { ...s, start: s.end, end: s.start } }))).toBe(outcome(decide({ selection: s })));
  });
});
