import type { Page } from '@playwright/test';
import type { Milestone } from './page/probe';

/**
 * Node's side of the page probe. Expressions go to the page as strings (never serialized
 * functions), so the transpiler's helpers never leak into the page.
 */
export function probeOf(page: Page) {
  const call = <T>(expression: string): Promise<T> => page.evaluate(`window.__twProbe.${expression}`) as Promise<T>;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Waits until the page has made no DOM change for `quietMs` (at most `maxMs`). */
  const settle = async (quietMs = 120, maxMs = 4000) => {
    const until = Date.now() + maxMs;
    while (Date.now() < until && (await call<number>('quietFor()')) < quietMs) await sleep(30);
  };
  return {
    call,
    settle,
    sleep,
    /** ms from the input `action` makes to the painted frame that shows its first effect (NaN on timeout). */
    async timed(action: () => Promise<void>, timeoutMs = 15_000): Promise<number> {
      await settle();
      await call('arm()');
      await action();
      const until = Date.now() + timeoutMs;
      for (;;) {
        const latency = await call<number | null>('latency()');
        if (latency !== null) return latency;
        if (Date.now() > until) return NaN;
        await sleep(10);
      }
    },
    /**
     * `timed`, and also ms from the input to the painted frame after the list, details and status
     * message last changed (they follow the editor's frame; NaN when they did not change).
     */
    async timedWithPanels(action: () => Promise<void>, timeoutMs = 15_000): Promise<{ first: number; panels: number }> {
      const first = await this.timed(action, timeoutMs);
      const until = Date.now() + timeoutMs;
      while (Date.now() < until && (await call<number>('panelsQuietFor()')) < 150) await sleep(20);
      return { first, panels: (await call<number | null>('panelsLatency()')) ?? NaN };
    },
    /** ms from the input `action` makes to two frames after `milestone` is met (NaN on timeout). */
    async timedUntil(name: string, milestone: Milestone, action: () => Promise<void>, timeoutMs = 60_000): Promise<number> {
      await settle();
      await call('arm()');
      await call(`watch(${JSON.stringify(name)}, ${JSON.stringify(milestone)})`);
      await action();
      const reached = await this.reached(name, timeoutMs);
      const started = await call<number | null>('startedAt()');
      return started === null ? NaN : reached - started;
    },
    /** performance.now() (since the page's navigation) two frames after `name` was met; NaN on timeout. */
    async reached(name: string, timeoutMs = 60_000): Promise<number> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const at = await call<number | null>(`reached(${JSON.stringify(name)})`);
        if (at !== null) return at;
        if (Date.now() > until) return NaN;
        await sleep(20);
      }
    },
  };
}

export type ProbeDriver = ReturnType<typeof probeOf>;
