import { describe, expect, it } from 'vitest';
import { countLabels, labelCountList, labelCountsOf } from '@shared/annotation/countLabels';

const HOSTILE = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '$t(app.loading)', 'Mu\u0308ller', '😀'];

describe('countLabels', () => {
  it.each(HOSTILE.map((label) => [label]))('counts a label %s as data, never reaching the prototype', (label) => {
    const counts = countLabels([{ label }, { label }, { label: 'actor' }]);
    expect(Object.entries(counts)).toEqual([[label, 2], ['actor', 1]]);
    expect(Object.getPrototypeOf(counts)).toBeNull();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('survives a round trip through JSON as a list, __proto__ included', () => {
    const counts = countLabels(HOSTILE.map((label) => ({ label })));
    const back = labelCountsOf(JSON.parse(JSON.stringify(labelCountList(counts))) as ReturnType<typeof labelCountList>);
    expect(Object.entries(back)).toEqual(HOSTILE.map((label) => [label, 1]));
    expect(Object.getPrototypeOf(back)).toBeNull();
  });

  it('adds up a label listed twice', () => {
    expect(labelCountsOf([{ label: 'claim', count: 2 }, { label: 'claim', count: 3 }]).claim).toBe(5);
  });
});
