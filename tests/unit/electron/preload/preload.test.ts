import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEYS } from '@shared/ipc/bridge';
import { channelOf, METHOD_NAMES } from '@shared/ipc/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'x' }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

await import('../../../../electron/preload/index');

describe('preload', () => {
  it('exposes one global with exactly the contract methods and nothing generic', () => {
    expect([...exposed.keys()]).toEqual(['tagwerk']);
    const bridge = exposed.get('tagwerk') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_KEYS].sort());
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer']) expect(bridge[forbidden]).toBeUndefined();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method on its own channel', async () => {
    const bridge = exposed.get('tagwerk') as Record<string, (payload?: unknown) => Promise<unknown>>;
    for (const method of METHOD_NAMES) {
      await bridge[method]?.({ text: 'Mu\u0308ller 😀' });
      expect(invoke).toHaveBeenLastCalledWith(channelOf(method), { text: 'Mu\u0308ller 😀' });
    }
  });
});
