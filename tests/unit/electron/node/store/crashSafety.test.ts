import { describe, expect, it } from 'vitest';
import { runCrashRounds } from '../../../../crash/runCrashRounds';

/**
 * The crash test (tests/crash/) in CI: a child process saves a ~2 MB annotation set in a loop
 * and is SIGKILLed at random moments, 50 rounds. `npm run test:crash -- --rounds 200` runs more.
 */
describe('crash safety', () => {
  it('50 SIGKILLs during saves: the file always parses and validates, no acknowledged rev is lost, at most one temp file, removed by init()', async () => {
    const report = await runCrashRounds({ rounds: 50 });
    const summary = { ...report, problems: report.problems.slice(0, 10) };
    console.log(`crash test: ${JSON.stringify(summary)}`);
    expect(summary).toMatchObject({
      rounds: 50,
      corruptFiles: 0,
      lostRevisions: 0,
      roundsWithTooManyTemps: 0,
      tempsLeftAfterInit: 0,
      recoveries: 0,
      problems: [],
    });
    // The rounds really exercised saves: revisions were acknowledged and kills left temp files.
    expect(report.acknowledgedSaves).toBeGreaterThan(10);
  }, 300_000);
});
