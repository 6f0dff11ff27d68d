import { describe, expect, it } from 'vitest';
import { annotatorInitials } from '../../../../../renderer/features/review/initials';
import { colleagueViewOf } from '../../../../../renderer/features/review/bindReviewToView';
import type { ReviewState } from '../../../../../renderer/features/review/createReviewStore';
import { JONAS_SET } from './reviewTestKit';

describe('annotatorInitials', () => {
  it.each([
    ['jonas', 'JO'],
    ['Anna Weber', 'AW'],
    ['anna.weber', 'AW'],
    ['ölçer', 'ÖL'],
    ['Mu\u0308ller', 'MÜ'],
    ['😀 Kim', '😀K'],
    ['x', 'X'],
  ])('%s → %s', (name, initials) => {
    expect(annotatorInitials([name]).get(name)).toBe(initials);
  });

  it('keeps initials distinct: a second JO becomes JO2, a third JO3', () => {
    expect([...annotatorInitials(['jonas', 'Jonathan', 'jo', 'jonas']).entries()]).toEqual([
      ['jonas', 'JO'],
      ['Jonathan', 'JO2'],
      ['jo', 'JO3'],
    ]);
  });
});

describe('colleagueViewOf', () => {
  const base: ReviewState = { open: true, colleagues: [JONAS_SET, { ...JONAS_SET, annotator: 'mara' }], unreadable: [], compareWith: 'jonas', hideMine: false, hidden: [], tab: 'differences', busy: false, migrations: [], summary: null, error: null };

  it('draws every visible colleague in their own slot, with initials; hidden ones and my hidden layer are honoured', () => {
    expect(colleagueViewOf(base).layers.map((l) => [l.annotator, l.initials, l.slot, l.annotations.length])).toEqual([
      ['jonas', 'JO', 0, 18],
      ['mara', 'MA', 1, 18],
    ]);
    const view = colleagueViewOf({ ...base, hidden: ['jonas'], hideMine: true });
    expect(view.layers.map((l) => [l.annotator, l.slot])).toEqual([['mara', 1]]);
    expect(view.hideMine).toBe(true);
  });

  it('draws nothing (and hides nothing of mine) when review mode is closed', () => {
    expect(colleagueViewOf({ ...base, open: false, hideMine: true })).toEqual({ layers: [], hideMine: false });
  });
});
