import type { Page } from '@playwright/test';
import type { TraceEvent } from './traceSplit';

/**
 * Records Chrome's `categories` on a DevTools session of its own while `run` runs, then ends the
 * trace and detaches: gives run's value and the trace's events (the dev loops' one recorder).
 */
export async function recordTrace<T>(page: Page, categories: readonly string[], run: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  const value = await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { value, events };
}
