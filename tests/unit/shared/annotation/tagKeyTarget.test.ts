import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { KeySelection } from '@shared/annotation/labelKeyAction';
import { sortAnnotations } from '@shared/annotation/annotationList';
import { tagKeyTarget, type TagKeyInput } from '@shared/annotation/tagKeyTarget';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { MIXED, annotate } from './fixtures';

// MIXED = '👍🏽 Putin traf Mu\u0308ller am 3. März 😀 in Moskau.' — an emoji before every span, an NFD umlaut.
const putin = annotate(MIXED, 'Putin', 'actor', 'putin');
const putinClaim = annotate(MIXED, 'Putin', 'claim', 'putin-claim');
const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'mueller');
const moskau = annotate(MIXED, 'Moskau', 'actor', 'moskau');

/** The UTF-16 selection of `quote`, optionally widened, visible unless said. */
function sel(quote: string, widen: [number, number] = [0, 0], visible = true): KeySelection {
  const start = MIXED.indexOf(quote);
  return { start: start + widen[0], end: start + quote.length + widen[1], visible };
}

/** The decision for `over` in a short, comparable form. */
function outcome(over: Partial<TagKeyInput>): string {
  const found = tagKeyTarget({ text: MIXED, converter: createOffsetConverter(MIXED), annotations: [], selectedId: null, snapToWords: true, selection: null, ...over });
  if (found.kind === 'tag') return `${found.target.id}${found.fromSelection ? ' from selection' : ''}`;
  return found.kind === 'refuse' ? `refuse ${found.reason}` : 'none';
}

describe('tagKeyTarget', () => {
  const cases: Array<[string, Partial<TagKeyInput>, string]> = [
    ['a selection exactly on a tag after the emoji: that tag, not the one selected before', { selection: sel('Moskau'), annotations: [putin, moskau], selectedId: 'putin' }, 'moskau from selection'],
    ['half of the NFD umlaut word snaps to the tag on the whole word', { selection: sel('Mu\u0308ller', [1, -3]), annotations: [mueller, moskau], selectedId: 'moskau' }, 'mueller from selection'],
    ['without snapping, half a word is not the tag', { selection: sel('Mu\u0308ller', [1, -3]), annotations: [mueller], snapToWords: false }, 'refuse not-a-tag'],
    ['an overshooting drag equal to a tag after trimming: that tag', { selection: sel('Putin', [-1, 1]), annotations: [putin] }, 'putin from selection'],
    ['untagged words: refused, never the selected tag instead', { selection: sel('traf'), annotations: [putin, moskau], selectedId: 'moskau' }, 'refuse not-a-tag'],
    ['a selection larger than a tag: refused', { selection: sel('Putin traf'), annotations: [putin], selectedId: 'putin' }, 'refuse not-a-tag'],
    ['only whitespace: refused', { selection: { start: 4, end: 5, visible: true }, annotations: [putin], selectedId: 'putin' }, 'refuse not-a-tag'],
    ['a selection out of view: refused', { selection: sel('Moskau', [0, 0], false), annotations: [moskau], selectedId: 'moskau' }, 'refuse out-of-view'],
    ['two tags on the range: the selected one', { selection: sel('Putin'), annotations: sortAnnotations([putin, putinClaim]), selectedId: 'putin-claim' }, 'putin-claim from selection'],
    ['two tags on the range, another selected: the first', { selection: sel('Putin'), annotations: sortAnnotations([putin, putinClaim]), selectedId: 'moskau' }, `${sortAnnotations([putin, putinClaim])[0]?.id} from selection`],
    ['a hidden tag on the range is not acted on', { selection: sel('Putin'), annotations: [putinClaim], isShown: (a: Annotation) => a.label !== 'claim' }, 'refuse not-a-tag'],
    ['no selection: the selected tag', { annotations: [putin, moskau], selectedId: 'moskau' }, 'moskau'],
    ['a collapsed selection counts as none', { selection: { start: 4, end: 4, visible: true }, annotations: [moskau], selectedId: 'moskau' }, 'moskau'],
    ['no selection, nothing selected: nothing to act on', { annotations: [moskau] }, 'none'],
    ['no selection, the selected tag hidden: nothing to act on', { annotations: [moskau], selectedId: 'moskau', isShown: () => false }, 'none'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(outcome(input)).toBe(expected);
  });

  it('selecting backwards is the same as forwards', () => {
    const s = sel('Moskau');
    expect(outcome({ selection: { ...s, start: s.end, end: s.start }, annotations: [moskau] })).toBe('moskau from selection');
  });
});
