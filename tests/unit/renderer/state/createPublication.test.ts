import { describe, expect, it, vi } from 'vitest';
import { createPublication, type Schedule } from '../../../../renderer/state/createPublication';

/** A schedule the test runs by hand, like the frame that would run it. */
function manualSchedule() {
  const pending: (() => void)[] = [];
  const schedule: Schedule = vi.fn((run: () => void) => {
    pending.push(run);
    return () => pending.splice(pending.indexOf(run), 1);
  });
  return { schedule, runAll: () => pending.splice(0).forEach((run) => run()), pending };
}

describe('createPublication', () => {
  it('keeps the published snapshot until the scheduled publication runs, then notifies once for many changes', () => {
    let live = { n: 0 };
    const { schedule, runAll } = manualSchedule();
    const publication = createPublication(() => live, schedule);
    const listener = vi.fn();
    publication.subscribe(listener);
    const first = publication.get();
    for (let n = 1; n <= 3; n++) {
      live = { n };
      publication.changed();
    }
    expect(publication.get()).toBe(first);
    expect(schedule).toHaveBeenCalledTimes(1);
    expect(listener).not.toHaveBeenCalled();
    runAll();
    expect(publication.get()).toEqual({ n: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('flush publishes a pending change at once and cancels the scheduled one; without a change it does nothing', () => {
    let live = 'a';
    const { schedule, pending } = manualSchedule();
    const publication = createPublication(() => live, schedule);
    const listener = vi.fn();
    publication.subscribe(listener);
    expect(publication.pending()).toBe(false);
    publication.flush();
    expect(listener).not.toHaveBeenCalled();
    live = 'b';
    publication.changed();
    expect(publication.pending()).toBe(true);
    publication.flush();
    expect(publication.pending()).toBe(false);
    expect(publication.get()).toBe('b');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(pending).toHaveLength(0);
    // The next change schedules again.
    live = 'c';
    publication.changed();
    expect(pending).toHaveLength(1);
  });

  it('does not notify when the live value is back to the published one', () => {
    let live = 1;
    const { schedule, runAll } = manualSchedule();
    const publication = createPublication(() => live, schedule);
    const listener = vi.fn();
    publication.subscribe(listener);
    live = 2;
    publication.changed();
    live = 1;
    runAll();
    expect(listener).not.toHaveBeenCalled();
  });

  it('works with a schedule that runs at once, and publishes nothing after dispose', () => {
    let live = 1;
    const publication = createPublication(() => live, (run) => (run(), () => undefined));
    const listener = vi.fn();
    publication.subscribe(listener);
    live = 2;
    publication.changed();
    live = 3;
    publication.changed();
    expect(publication.get()).toBe(3);
    expect(listener).toHaveBeenCalledTimes(2);
    publication.dispose();
    live = 4;
    publication.changed();
    expect(publication.get()).toBe(3);
  });
});
