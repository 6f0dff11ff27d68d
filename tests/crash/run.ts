/**
 * Crash test from the command line: `npm run test:crash -- --rounds 200 [--mixed-rounds N] [--seed N] [--chains N] [--verbose]`.
 * Prints the figures and exits non-zero when any file was corrupt, a revision or write lost or temps left.
 */
import { runCrashRounds } from './runCrashRounds';

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const raw = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number, got ${raw}`);
  return value;
}

const verbose = process.argv.includes('--verbose');
const report = await runCrashRounds({
  rounds: option('rounds', 50),
  mixedRounds: option('mixed-rounds', option('rounds', 50)),
  seed: option('seed', Date.now() % 1_000_000),
  chains: option('chains', 2),
  ...(verbose ? { log: (line: string) => console.log(line) } : {}),
});
const { problems, mixed, ...figures } = report;
console.table(figures);
console.log('Mixed writes (multi-document imports, colleague sets, saves with relations, settings, trash moves, index.json, assist rejections):');
console.table({ rounds: mixed.rounds, corruptFiles: mixed.corruptFiles, lostWrites: mixed.lostWrites, leftovers: mixed.leftovers, unfinishedDocuments: mixed.unfinishedDocuments });
console.table({ acknowledged: mixed.acknowledged, checkedFiles: mixed.checked });
for (const problem of problems) console.log(problem);
const failed = report.corruptFiles + report.lostRevisions + report.roundsWithTooManyTemps + report.tempsLeftAfterInit + report.recoveries + mixed.corruptFiles + mixed.lostWrites + mixed.leftovers > 0;
console.log(failed ? 'CRASH TEST FAILED' : `crash test passed: ${report.rounds} + ${mixed.rounds} mixed rounds, 0 corrupt files, 0 lost revisions or writes`);
process.exit(failed ? 1 : 0);
