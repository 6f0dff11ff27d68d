import { describe, expect, it } from 'vitest';
import { ReanchorProgressSchema } from '@shared/ipc/events';
import { REANCHOR_PROGRESS_INTERVAL_MS, reanchorProgressReporter } from '../../../../../../electron/main/handlers/review/reanchorProgressReporter';

/** A reporter on a clock the test moves, and what it emitted: [time, payload]. */
function harness(annotator: string) {
  let now = 0;
  const sent: Array<[number, unknown]> = [];
  const report = reanchorProgressReporter(
    (event, payload) => {
      expect(event).toBe('reanchorProgress');
      sent.push([now, payload]);
    },
    annotator,
    () => now,
  );
  return { report, sent, at: (ms: number) => void (now = ms) };
}

describe('reanchorProgressReporter', () => {
  it('sends at most ten events in any second of a fast job, always the first and the last', () => {
    const h = harness('Jonas');
    // 5,000 annotations, one every 0.4 ms: 2 s of progress calls.
    for (let done = 0; done <= 5000; done++) {
      h.at(done * 0.4);
      h.report(done, 5000);
    }
    const payloads = h.sent.map(([, p]) => p);
    expect(payloads[0]).toEqual({ annotator: 'Jonas', done: 0, total: 5000 });
    expect(payloads.at(-1)).toEqual({ annotator: 'Jonas', done: 5000, total: 5000 });
    expect(h.sent.length).toBe(21);
    // Between any two events but the last, at least the interval passed.
    const times = h.sent.slice(0, -1).map(([t]) => t);
    for (let i = 1; i < times.length; i++) expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(REANCHOR_PROGRESS_INTERVAL_MS);
    for (const p of payloads) expect(ReanchorProgressSchema.safeParse(p).success).toBe(true);
    // Counts only grow.
    const dones = payloads.map((p) => (p as { done: number }).done);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
  });

  it.each([
    ['a slow job', 250, 4, 4],
    ['one call per batch at the interval', REANCHOR_PROGRESS_INTERVAL_MS, 10, 10],
  ])('passes every call of %s (gap %d ms, %d calls → %d events)', (_name, gap, calls, events) => {
    const h = harness('Mu\u0308ller 😀');
    for (let i = 1; i <= calls; i++) {
      h.at(i * gap);
      h.report(i, 100);
    }
    expect(h.sent).toHaveLength(events);
    expect(h.sent[0]?.[1]).toEqual({ annotator: 'Mu\u0308ller 😀', done: 1, total: 100 });
  });

  it('sends the end of an empty or one-call job at once', () => {
    const h = harness('Zoë');
    h.report(0, 0);
    h.report(0, 0);
    expect(h.sent.map(([, p]) => p)).toEqual([
      { annotator: 'Zoë', done: 0, total: 0 },
      { annotator: 'Zoë', done: 0, total: 0 },
    ]);
  });
});
