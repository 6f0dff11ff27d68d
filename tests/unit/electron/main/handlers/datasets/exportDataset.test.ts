import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../../../../electron/main/handlers/datasets/exportDataset';

function progressEvents(total: number): Array<{ done: number; total: number }> {
  const events: Array<{ done: number; total: number }> = [];
  const report = progressReporter((_event, payload) => void events.push(payload as { done: number; total: number }));
  for (let done = 1; done <= total; done++) report(done, total);
  return events;
}

describe('progressReporter', () => {
  it('reports every document of a small corpus', () => {
    expect(progressEvents(3)).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('reports a large corpus by whole percent: the first, each step, the last', () => {
    const events = progressEvents(25_000);
    expect(events).toHaveLength(101);
    expect(events[0]).toEqual({ done: 1, total: 25_000 });
    expect(events.at(-1)).toEqual({ done: 25_000, total: 25_000 });
    expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((a, b) => a - b));
  });
});
