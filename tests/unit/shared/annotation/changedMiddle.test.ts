import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedMiddle } from '@shared/annotation/changedMiddle';
import { sortAnnotations } from '@shared/annotation/annotationList';
import { MIXED, annotate } from './fixtures';

const putin = annotate(MIXED, 'Putin', 'actor', 'putin');
const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'mueller');
const emoji = annotate(MIXED, '😀', 'claim', 'emoji');
const moskau = annotate(MIXED, 'Moskau', 'actor', 'moskau');
const list = sortAnnotations([putin, mueller, emoji, moskau]);

describe('changedMiddle', () => {
  it.each([
    ['the same list: nothing in the middle', list, { head: 4, beforeEnd: 4, afterEnd: 4 }],
    ['😀 removed: one item in the old middle only', list.filter((a) => a !== emoji), { head: 2, beforeEnd: 3, afterEnd: 2 }],
    ['"Mu\u0308ller" replaced by an equal copy: a copy is a change', list.map((a) => (a === mueller ? { ...a } : a)), { head: 1, beforeEnd: 2, afterEnd: 2 }],
    ['a new first item', [{ ...putin, id: 'new' }, ...list], { head: 0, beforeEnd: 0, afterEnd: 1 }],
    ['everything gone', [], { head: 0, beforeEnd: 4, afterEnd: 0 }],
  ])('%s', (_, after, expected) => {
    expect(changedMiddle(list, after)).toEqual(expected);
  });

  it('outside the middle both lists hold the same items at the same distance from their ends (any lists)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5 })), fc.array(fc.integer({ min: 0, max: 5 })), (before, after) => {
      const { head, beforeEnd, afterEnd } = changedMiddle(before, after);
      expect(before.slice(0, head)).toEqual(after.slice(0, head));
      expect(before.slice(beforeEnd)).toEqual(after.slice(afterEnd));
      expect(beforeEnd - head >= 0 && afterEnd - head >= 0).toBe(true);
      // The middle is as small as it can be: its first (and last) items differ unless one side is empty.
      if (beforeEnd > head && afterEnd > head) {
        expect(before[head]).not.toBe(after[head]);
        expect(before[beforeEnd - 1]).not.toBe(after[afterEnd - 1]);
      }
    }));
  });
});
