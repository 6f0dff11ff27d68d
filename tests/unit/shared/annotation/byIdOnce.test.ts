import { describe, expect, it } from 'vitest';
import { byIdOnce } from '@shared/annotation/byIdOnce';

describe('byIdOnce', () => {
  const list = [
    { id: 'q1', text: '„Mu\u0308ller“' },
    { id: 'a1', text: '😀 Anna' },
  ];

  it('finds the items of a list by id', () => {
    expect(byIdOnce(list).get('a1')?.text).toBe('😀 Anna');
    expect(byIdOnce(list).get('missing')).toBeUndefined();
  });

  it('makes the index once per list, and a new one for a new list', () => {
    expect(byIdOnce(list)).toBe(byIdOnce(list));
    const next = [...list, { id: 'n1', text: 'neu' }];
    expect(byIdOnce(next)).not.toBe(byIdOnce(list));
    expect(byIdOnce(next).get('n1')?.text).toBe('neu');
  });
});
