import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../../shared/ipc/bridge';
import { contract, METHOD_NAMES } from '../../../../shared/ipc/contract';

describe('createBridge', () => {
  it('builds exactly the contract methods, frozen, each forwarding its own name', async () => {
    const calls: Array<[string, unknown]> = [];
    const bridge = createBridge(async (method, request) => {
      calls.push([method, request]);
      return { ok: true, value: null };
    });
    expect(Object.keys(bridge)).toEqual(Object.keys(contract));
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const method of METHOD_NAMES) await (bridge[method] as (r?: unknown) => Promise<unknown>)('Ä😀');
    expect(calls).toEqual(METHOD_NAMES.map((m) => [m, 'Ä😀']));
  });
});
