import type { Page } from '@playwright/test';
import type { ProbeDriver } from './probeDriver';
import type { TraceEvent } from './traceSplit';

/**
 * Traces one timed input (`input`, e.g. a key press or a click) with Chrome's `categories`: the
 * page settled first, then the input → the probe's painted stamp, then until the page is quiet
 * again; gives the probe's ms (NaN on timeout) and the trace's events (the dev loops' one tracer).
 */
export async function tracedInput(page: Page, probe: ProbeDriver, categories: readonly string[], input: () => Promise<void>): Promise<{ ms: number; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await probe.settle();
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  const ms = await probe.timed(input);
  await probe.settle(150);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { ms, events };
}
