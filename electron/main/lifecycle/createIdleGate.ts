import type { Handlers } from '../ipc/createIpcRouter';

/** What the gate runs on: a clock and a sleep (both injected, so tests need no real time). */
export interface IdleGateDeps {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Counts the window's calls in flight and when the last one started or ended. */
export interface IdleGate {
  /** The same handlers, each call counted while it runs. */
  track(handlers: Handlers): Handlers;
  /** Resolves once no window call runs and none has for `quietMs`: background work goes on only then. */
  whenIdle(): Promise<void>;
}

/**
 * A gate for main's background work (the stale-temp sweep of 10,000 document folders): it waits
 * while the window is asking for something, so a document switch never queues behind the sweep's
 * disk reads on the thread pool or shares the CPU with it.
 */
export function createIdleGate(deps: IdleGateDeps, quietMs = 250): IdleGate {
  let running = 0;
  let last = -Infinity;
  const started = () => {
    running += 1;
    last = deps.now();
  };
  const ended = () => {
    running -= 1;
    last = deps.now();
  };
  return {
    track(handlers) {
      const tracked: Record<string, (request: never) => unknown> = {};
      for (const [method, handler] of Object.entries(handlers) as [string, (request: never) => unknown][]) {
        tracked[method] = async (request) => {
          started();
          try {
            return await handler(request);
          } finally {
            ended();
          }
        };
      }
      return tracked as unknown as Handlers;
    },
    async whenIdle() {
      for (;;) {
        const quietFor = deps.now() - last;
        if (running === 0 && quietFor >= quietMs) return;
        await deps.sleep(running > 0 ? quietMs : quietMs - quietFor);
      }
    },
  };
}
