import { describe, expect, it } from 'vitest';
import { contract, type MethodSpec } from '@shared/ipc/contract';
import { WIRE_DECODERS } from '@shared/ipc/wireDecoders';

describe('WIRE_DECODERS', () => {
  it('decodes exactly the methods whose answer the contract sends in a wire shape', () => {
    const wired = Object.entries(contract as Record<string, MethodSpec>).filter(([, spec]) => spec.wire !== undefined).map(([name]) => name);
    expect(wired).toEqual(['openStartDocument', 'openDocument']);
    expect(Object.keys(WIRE_DECODERS).sort()).toEqual([...wired].sort());
  });
});
