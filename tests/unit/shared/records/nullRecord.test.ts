import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nullRecord, ownValue } from '@shared/records/nullRecord';
import { nullRecordSchema } from '@shared/records/nullRecordSchema';

/** Keys an attacker (or an unlucky label set) can choose: inherited names, an emoji, an NFD umlaut. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '👍🏽', 'Mu\u0308ller'];

describe('nullRecord', () => {
  it.each(HOSTILE_KEYS)('keeps %j as an ordinary own entry and inherits nothing', (key) => {
    const record = nullRecord([[key, 1]]);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual([key]);
    expect(ownValue(record, key)).toBe(1);
    expect(ownValue(nullRecord<number>(), key)).toBeUndefined();
  });

  it('reads only own entries of a record that crossed IPC (structured clone gives it a prototype back)', () => {
    const cloned = structuredClone(nullRecord([['claim', 2]]));
    expect(Object.getPrototypeOf(cloned)).toBe(Object.prototype);
    expect(ownValue(cloned, 'constructor')).toBeUndefined();
    expect(ownValue(cloned, 'claim')).toBe(2);
  });

  it('lets a later entry replace an earlier one of the same key', () => {
    expect({ ...nullRecord([['a', 1], ['a', 2]]) }).toEqual({ a: 2 });
  });
});

describe('nullRecordSchema', () => {
  const schema = nullRecordSchema(z.object({ n: z.number() }));

  it('keeps every hostile key of JSON input, "__proto__" included (z.record drops it), in a prototype-free result', () => {
    const input = JSON.parse(`{${HOSTILE_KEYS.map((k, i) => `${JSON.stringify(k)}:{"n":${i}}`).join(',')}}`) as unknown;
    const parsed = schema.parse(input);
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.keys(parsed)).toEqual(HOSTILE_KEYS);
    expect(ownValue(parsed, '__proto__')).toEqual({ n: 0 });
    expect(ownValue(parsed, 'Mu\u0308ller')).toEqual({ n: 6 });
  });

  it.each([
    ['an array', [{ n: 1 }], []],
    ['null', null, []],
    ['a bad value under a hostile key', { constructor: { n: 'x' } }, ['constructor', 'n']],
  ])('refuses %s with the path of the bad value', (_name, input, path) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
