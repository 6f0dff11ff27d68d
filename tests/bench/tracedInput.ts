import type { Page } from '@playwright/test';
import type { ProbeDriver } from './probeDriver';
import { recordTrace } from './recordTrace';
import type { TraceEvent } from './traceSplit';

/**
 * Traces one timed input (`input`, e.g. a key press or a click) with Chrome's `categories`: the
 * page settled first, then the input → the probe's painted stamp, then until the page is quiet
 * again; gives the probe's ms (NaN on timeout) and the trace's events (the dev loops' one tracer).
 */
export async function tracedInput(page: Page, probe: ProbeDriver, categories: readonly string[], input: () => Promise<void>): Promise<{ ms: number; events: TraceEvent[] }> {
  await probe.settle();
  const { value: ms, events } = await recordTrace(page, categories, async () => {
    const ms = await probe.timed(input);
    await probe.settle(150);
    return ms;
  });
  return { ms, events };
}
