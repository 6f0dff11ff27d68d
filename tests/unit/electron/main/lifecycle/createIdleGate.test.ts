import { describe, expect, it } from 'vitest';
import { createIdleGate } from '../../../../../electron/main/lifecycle/createIdleGate';
import type { Handlers } from '../../../../../electron/main/ipc/createIpcRouter';

/** A clock that moves only when the gate sleeps (or the test says so). */
function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return {
    deps: { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) },
    advance: (ms: number) => void (now += ms),
    slept,
  };
}

describe('createIdleGate', () => {
  it('passes each call and its answer through unchanged', async () => {
    const gate = createIdleGate(fakeTime().deps);
    const handlers = gate.track({ openDocument: async (request: { documentId: string }) => ({ id: request.documentId }) } as unknown as Handlers);
    await expect((handlers.openDocument as unknown as (r: { documentId: string }) => Promise<unknown>)({ documentId: 'sha256:müller 😀' })).resolves.toEqual({ id: 'sha256:müller 😀' });
  });

  it('is idle at once when the window has asked for nothing', async () => {
    const time = fakeTime();
    time.advance(1000);
    await createIdleGate(time.deps, 250).whenIdle();
    expect(time.slept).toEqual([]);
  });

  it('waits while a call runs and until the window has been quiet for quietMs after it', async () => {
    const time = fakeTime();
    const gate = createIdleGate(time.deps, 250);
    let finish: () => void = () => undefined;
    const handlers = gate.track({ listCorpus: () => new Promise<void>((resolve) => (finish = resolve)) } as unknown as Handlers);
    const call = (handlers.listCorpus as unknown as () => Promise<void>)();
    let idle = false;
    const waiting = gate.whenIdle().then(() => (idle = true));
    // The call is still running after 1 s of sleeps: the gate keeps waiting.
    while (time.deps.now() < 1000) await Promise.resolve().then(() => undefined);
    expect(idle).toBe(false);
    const endedAt = time.deps.now();
    finish();
    await call;
    await waiting;
    expect(time.deps.now() - endedAt).toBeGreaterThanOrEqual(250);
  });

  it('counts a failing call as ended, so background work does not wait forever', async () => {
    const time = fakeTime();
    const gate = createIdleGate(time.deps, 100);
    const handlers = gate.track({ openDocument: async () => Promise.reject(new Error('gone')) } as unknown as Handlers);
    await expect((handlers.openDocument as unknown as () => Promise<void>)()).rejects.toThrow('gone');
    await gate.whenIdle();
    expect(time.slept.reduce((a, b) => a + b, 0)).toBe(100);
  });
});
