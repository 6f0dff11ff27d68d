import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@shared/assist/suggestion';
import { suggestRules } from '@shared/assist/suggestRules';
import { loadInSlices } from '../../../../../renderer/features/assist/loadInSlices';

const PARAGRAPH = '😀 „Wir bleiben dabei“, sagte Ministerin Anna Kru\u0308ger am Dienstag. Am Mittwoch kam Olaf Scholz.';
const TEXT = Array.from({ length: 30 }, () => PARAGRAPH).join('\n');
const RULES = suggestRules(TEXT).annotations;

/** A load over `mine` with a clock that moves one ms per look and jobs run by hand; what it fed, in order. */
function loading(mine: string[], options: { slice?: number; budgetMs?: number; inputPending?: () => boolean } = {}) {
  const jobs: (() => void)[] = [];
  const fed: (['mine', number] | ['rules', Suggestion[]] | ['between'] | ['done'])[] = [];
  let clock = 0;
  const slices = { slice: options.slice ?? 10, budgetMs: options.budgetMs ?? 3, schedule: (job: () => void) => void jobs.push(job), now: () => clock++, inputPending: options.inputPending };
  const load = loadInSlices(RULES, slices, {
    mine: () => mine,
    takeMine: (first) => void fed.push(['mine', first.length]),
    takeRules: (part) => void fed.push(['rules', [...part]]),
    between: () => void fed.push(['between']),
    done: () => void fed.push(['done']),
  });
  return { load, jobs, fed, runOne: () => (jobs.shift() as () => void)() };
}

describe('loadInSlices', () => {
  it('puts my tags in first, then every rule suggestion once in text order, a few parts per job within the budget, and ends once', () => {
    expect(RULES.length).toBeGreaterThan(100);
    const { load, jobs, fed, runOne } = loading(['t1', 't2', 't3']);
    expect(load.loadingMine()).toBe(true);
    let jobsRun = 1;
    while (jobs.length > 0) {
      runOne();
      jobsRun += 1;
    }
    const parts = fed.filter((f) => f[0] === 'mine' || f[0] === 'rules');
    // My tags one more per part (slice / 40, at least one), all before the first rule suggestion.
    expect(parts.slice(0, 3)).toEqual([['mine', 1], ['mine', 2], ['mine', 3]]);
    expect(parts.slice(3).every((p) => p[0] === 'rules')).toBe(true);
    expect(parts.slice(3).flatMap((p) => p[1] as Suggestion[])).toEqual(RULES);
    // The budget (3 ms, the clock moving a ms per look, the first at the slice's start) allows three parts per job.
    expect(parts.length).toBeLessThanOrEqual(3 * jobsRun);
    expect(jobsRun).toBeGreaterThan(3);
    expect(fed.filter((f) => f[0] === 'between')).toHaveLength(jobsRun - 1);
    expect(fed.at(-1)).toEqual(['done']);
    expect(fed.filter((f) => f[0] === 'done')).toHaveLength(1);
    expect(load.loadingMine()).toBe(false);
  });

  it('takes a tag made while loading along before the rule suggestions, and stops a job at once when input waits', () => {
    const mine = ['t1'];
    const { load, fed, runOne, jobs } = loading(mine, { inputPending: () => true });
    // Input waits: one part per job.
    expect(fed).toEqual([['mine', 1], ['between']]);
    mine.push('t2');
    runOne();
    expect(fed.slice(2)).toEqual([['mine', 2], ['between']]);
    expect(load.loadingMine()).toBe(true);
    runOne();
    expect(fed[4]?.[0]).toBe('rules');
    expect(load.loadingMine()).toBe(false);
    while (jobs.length > 0) runOne();
    expect(fed.at(-1)).toEqual(['done']);
  });

  it('with nothing of mine and no rule suggestion, ends in the first job', () => {
    const jobs: (() => void)[] = [];
    let done = 0;
    loadInSlices([], { slice: 10, budgetMs: 3, schedule: (job) => void jobs.push(job), now: () => 0 }, { mine: () => [], takeMine: () => undefined, takeRules: () => undefined, between: () => undefined, done: () => void (done += 1) });
    expect([done, jobs.length]).toEqual([1, 0]);
  });
});
