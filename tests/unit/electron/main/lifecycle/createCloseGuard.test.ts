import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard } from '../../../../../electron/main/lifecycle/createCloseGuard';
import type { SaveState } from '@shared/ipc/contract';

function guard(states: SaveState[], answer = false) {
  let now = 0;
  let i = 0;
  const deps = {
    saveState: () => states[Math.min(i, states.length - 1)] as SaveState,
    requestFlush: vi.fn(),
    askCloseUnsaved: vi.fn(async () => answer),
    sleep: async (ms: number) => {
      now += ms;
      i += 1;
    },
    now: () => now,
  };
  return { mayClose: createCloseGuard(deps, { flushTimeoutMs: 3000, pollMs: 100 }), deps };
}

describe('createCloseGuard', () => {
  it('closes at once when everything is saved, without asking', async () => {
    const { mayClose, deps } = guard([{ dirty: false, failed: false }]);
    expect(await mayClose()).toBe(true);
    expect(deps.requestFlush).not.toHaveBeenCalled();
    expect(deps.askCloseUnsaved).not.toHaveBeenCalled();
  });

  it('asks the window to save and closes once the save went through', async () => {
    const { mayClose, deps } = guard([{ dirty: true, failed: false }, { dirty: true, failed: false }, { dirty: false, failed: false }]);
    expect(await mayClose()).toBe(true);
    expect(deps.requestFlush).toHaveBeenCalledTimes(1);
    expect(deps.askCloseUnsaved).not.toHaveBeenCalled();
  });

  it('after a failed save asks the user, and keeps the window open unless they choose to close', async () => {
    const failed = { dirty: true, failed: true };
    const keep = guard([failed], false);
    expect(await keep.mayClose()).toBe(false);
    expect(keep.deps.askCloseUnsaved).toHaveBeenCalledWith(failed);
    const close = guard([failed], true);
    expect(await close.mayClose()).toBe(true);
  });

  it('asks when saving does not finish within the timeout', async () => {
    const { mayClose, deps } = guard([{ dirty: true, failed: false }], false);
    expect(await mayClose()).toBe(false);
    expect(deps.askCloseUnsaved).toHaveBeenCalledTimes(1);
  });
});
