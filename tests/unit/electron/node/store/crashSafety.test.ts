import { describe, expect, it } from 'vitest';
import { runCrashRounds } from '../../../../crash/runCrashRounds';

/**
 * The crash test (tests/crash/) in CI: a child process saves a ~2 MB annotation set in a loop
 * and is SIGKILLed at random moments, 50 rounds; another does every other write (multi-document
 * imports, colleague sets, saves with relations, settings, trash moves, the summary index
 * index.json, the assist's rejection files), 50 rounds.
 * `npm run test:crash -- --rounds 200` runs more.
 */
describe('crash safety', () => {
  it('50 SIGKILLs during saves and 50 during other writes: every file parses and validates, no acknowledged write is lost, at most one temp file, removed by init()', async () => {
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
    expect(report.mixed).toMatchObject({ rounds: 50, corruptFiles: 0, lostWrites: 0, leftovers: 0 });
    // Every kind of write was acknowledged, and every kind of file was checked after the kills.
    for (const op of ['import', 'colleague', 'save', 'settings', 'trash', 'restore', 'index', 'rejection']) expect(report.mixed.acknowledged[op]).toBeGreaterThan(5);
    for (const kind of ['meta', 'text', 'annotations', 'backup', 'colleague', 'settings', 'index', 'rejection']) expect(report.mixed.checked[kind]).toBeGreaterThan(10);
  }, 900_000);
});
