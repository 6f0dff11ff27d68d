import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushOnQuit, type QuitApp } from '../../../../../electron/main/lifecycle/flushOnQuit';

function fakeApp() {
  let listener: ((event: { preventDefault(): void }) => void) | null = null;
  const app: QuitApp & { quits: number } = {
    quits: 0,
    on: (_event, l) => (listener = l),
    quit() {
      this.quits += 1;
      const event = { preventDefault: vi.fn() };
      listener?.(event);
      prevented.push(event.preventDefault.mock.calls.length > 0);
    },
  };
  const prevented: boolean[] = [];
  return { app, prevented };
}

describe('flushOnQuit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the quit until queued saves are written, then releases the lock and quits', async () => {
    const { app, prevented } = fakeApp();
    let finishFlush: () => void = () => undefined;
    const flush = vi.fn(() => new Promise<void>((resolve) => (finishFlush = resolve)));
    const release = vi.fn();
    flushOnQuit(app, flush, release, 5000);
    app.quit();
    expect(prevented).toEqual([true]);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(release).not.toHaveBeenCalled();
    finishFlush();
    await vi.runAllTimersAsync();
    expect(release).toHaveBeenCalledTimes(1);
    expect(prevented).toEqual([true, false]);
  });

  it('quits after the timeout even when a save hangs', async () => {
    const { app, prevented } = fakeApp();
    const release = vi.fn();
    flushOnQuit(app, () => new Promise<void>(() => undefined), release, 5000);
    app.quit();
    await vi.advanceTimersByTimeAsync(4999);
    expect(release).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(release).toHaveBeenCalledTimes(1);
    expect(prevented.at(-1)).toBe(false);
  });

  it('a failing flush still lets the app quit', async () => {
    const { app, prevented } = fakeApp();
    flushOnQuit(app, async () => Promise.reject(new Error('EACCES')), () => undefined, 5000);
    app.quit();
    await vi.runAllTimersAsync();
    expect(prevented).toEqual([true, false]);
  });
});
