import { describe, expect, it } from 'vitest';
import { countLabels, countOf, labelCountList, labelCountsOf } from '@shared/annotation/countLabels';

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

describe('countOf', () => {
  it.each(HOSTILE.map((label) => [label]))('reads %s as an own count: 0 from a plain {} (never a prototype function), its number when counted', (label) => {
    expect(countOf({}, label)).toBe(0);
    expect(countOf(countLabels([{ label }, { label }]), label)).toBe(2);
    expect(countOf(labelCountsOf([{ label, count: 3 }]), label)).toBe(3);
  });

  it('sums a document bar from a plain object with a constructor label as 0 + the real counts', () => {
    const plain: Record<string, number> = { actor: 2, claim: 1 };
    expect(['actor', 'claim', 'constructor', 'toString'].reduce((sum, label) => sum + countOf(plain, label), 0)).toBe(3);
  });
});
