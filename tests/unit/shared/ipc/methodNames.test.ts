import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc/contract';
import { METHOD_NAMES } from '@shared/ipc/methodNames';

describe('METHOD_NAMES', () => {
  it('names every contract method once, in the contract order (the window builds its api client from this list)', () => {
    expect(METHOD_NAMES).toEqual(Object.keys(contract));
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });
});
