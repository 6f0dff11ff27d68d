import { describe, expect, it } from 'vitest';
import { createKeyTypeahead } from '../../../../../renderer/features/assist/createKeyTypeahead';

describe('createKeyTypeahead', () => {
  it('runs the held keys once, in the order they were pressed', () => {
    const typeahead = createKeyTypeahead<string>();
    for (const key of ['j', 'a', 'a', 'x']) typeahead.hold(key);
    expect(typeahead.size()).toBe(4);
    const ran: string[] = [];
    expect(typeahead.release((key) => (ran.push(key), true))).toBe(4);
    expect(ran).toEqual(['j', 'a', 'a', 'x']);
    expect(typeahead.size()).toBe(0);
    expect(typeahead.release(() => true)).toBe(0);
  });

  it('a key that acts on nothing drops the keys after it', () => {
    const typeahead = createKeyTypeahead<string>();
    for (const key of ['j', 'a', 'x']) typeahead.hold(key);
    const ran: string[] = [];
    expect(typeahead.release((key) => (ran.push(key), key !== 'a'))).toBe(1);
    expect(ran).toEqual(['j', 'a']);
    expect(typeahead.size()).toBe(0);
  });

  it('drop forgets the held keys without running them', () => {
    const typeahead = createKeyTypeahead<string>();
    typeahead.hold('j');
    typeahead.drop();
    const ran: string[] = [];
    expect(typeahead.release((key) => (ran.push(key), true))).toBe(0);
    expect(ran).toEqual([]);
  });
});
