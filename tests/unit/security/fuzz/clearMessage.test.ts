import { describe, expect, it } from 'vitest';
import { unclearReason } from './clearMessage';

// The fuzzers trust this judge; it must tell a leak from a file that merely says "undefined".
describe('unclearReason', () => {
  it.each([
    ['', 'is empty'],
    ['  ', 'is empty'],
    ['[0]: 12', 'has no words'],
    ['documents[0]: must be [object Object]', 'prints an object as [object …]'],
    ['span undefined..4 is out of range', 'prints "undefined"'],
    ['span NaN..4 is out of range', 'prints "NaN"'],
    ['failed\n    at parse (/work/x.ts:3:7)', 'contains a raw control character or line break (a problem is one line)'],
    ['TypeError: x is not a function at y', 'contains a stack trace'],
    ['label "a\u001b[2J" is unknown', 'contains a raw control character or line break (a problem is one line)'],
    ['label "\ud800" is unknown', 'contains an unpaired surrogate (not printable text)'],
    [`label ${'x'.repeat(3_000)}`, 'is 3006 characters long'],
  ])('finds %j unclear', (line, reason) => {
    expect(unclearReason(line)).toBe(reason);
  });

  it.each([
    'documents[0].title: is required',
    'line 1 text: Invalid input: expected string, received undefined',
    'annotation "a1": span 0..3 reads "Kim" but the annotation quotes "undefined \\"NaN\\" [object Object]"',
    'label "👍🏽 Mu\u0308ller" is not in "labels"',
  ])('accepts %j', (line) => {
    expect(unclearReason(line)).toBeUndefined();
  });
});
