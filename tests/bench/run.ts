// `npm run bench`: the whole app measured as a user meets it, next to the floor and two peers in
// the same run; prints the budget table and writes tests/bench/results/latest.{json,md}. Times are
// reported, never asserted. Sizes (characters:tags[:relations]): TAGWERK_BENCH_SIZES="1000000:10000,200000:1000,200000:1000:2000",
// TAGWERK_BENCH_DOCS (corpus scale, 0 skips), TAGWERK_BENCH_REPS (peers, corpus, suggestions), TAGWERK_BENCH_KEY_REPS (the app's key figures),
// TAGWERK_BENCH_SEARCH_REPS (search and tag all rounds, default 20: a p90 of 8 was the worst round), TAGWERK_BENCH_OUT. TAGWERK_BENCH_SIZES=none skips the
// document sizes (the corpus and pure figures alone).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { markdownReport } from './benchReport';
import { runBench } from './runBench';

const env = process.env;
const sizeList = env.TAGWERK_BENCH_SIZES ?? '1000000:10000,200000:1000,200000:1000:2000';
const sizes = sizeList === 'none' ? [] : sizeList.split(',').map((s) => s.split(':').map(Number) as [number, number, number?]);
const defaultOut = path.resolve(import.meta.dirname, 'results');
const outDir = env.TAGWERK_BENCH_OUT ? path.resolve(env.TAGWERK_BENCH_OUT) : defaultOut;

const result = await runBench({
  sizes,
  documents: Number(env.TAGWERK_BENCH_DOCS ?? 10_000),
  reps: Number(env.TAGWERK_BENCH_REPS ?? 15),
  keyReps: Number(env.TAGWERK_BENCH_KEY_REPS ?? 30),
  searchReps: Number(env.TAGWERK_BENCH_SEARCH_REPS ?? 20),
  agreementSpans: 10_000,
  exportDocuments: 1000,
  exportSpans: 100,
  searchHits: 500,
  outDir,
  profile: true,
  log: (line) => console.log(line),
});
const markdown = markdownReport(result);
console.log(`\n${markdown}`);

// The README shows the table of the last full run made into the repository's results folder.
if (outDir === defaultOut && !env.TAGWERK_BENCH_SIZES) {
  const readme = path.resolve(import.meta.dirname, '../../README.md');
  const text = await readFile(readme, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const at = text.indexOf(begin);
  const until = text.indexOf(end);
  if (at !== -1 && until > at) await writeFile(readme, `${text.slice(0, at + begin.length)}\n${markdown}${text.slice(until)}`);
}
