import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import globalSetup from '../e2e/globalSetup';
import { CHROMIUM_PATH } from '../e2e/hosts/chromiumExecutable';
import { measureApp } from './appBench';
import { benchDataset, benchSpans, germanText, type BenchDocument } from './benchCorpus';
import { markdownReport, type BenchResult, type SizeResult } from './benchReport';
import { measureCorpus } from './corpusBench';
import { measureNode } from './nodeBench';
import { measurePeers } from './peerBench';
import { runCli } from './runCli';
import { storeBenchRelations } from './benchRelations';
import { documentIdOf } from '@shared/text/documentId';

/** What one run measures; `npm run bench` takes the issue's sizes, CI's smoke run small ones. */
export interface BenchOptions {
  /** Document sizes as [characters, spans, relations?], largest first (the profile is taken on the first). */
  sizes: readonly (readonly [number, number, number?])[];
  /** Documents in the corpus-scale store (0 skips it). */
  documents: number;
  reps: number;
  /** Presses per key figure of the app (tag … click); `reps` counts the rest (peers, corpus, suggestions). */
  keyReps: number;
  /** Search and tag-all rounds per document. */
  searchReps: number;
  /** Spans per annotator for agreement; documents × spans for the export figure. */
  agreementSpans: number;
  exportDocuments: number;
  exportSpans: number;
  /** Search hits wanted on the largest text (the query is chosen to come close). */
  searchHits: number;
  /** Where latest.json and latest.md go. */
  outDir: string;
  profile: boolean;
  log(line: string): void;
}

const count = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const label = (chars: number, spans: number, relations = 0) =>
  `${chars >= 1_000_000 ? `${chars / 1_000_000}M` : `${Math.round(chars / 1000)}k`}/${count(spans)}${relations > 0 ? `+${count(relations)} rel` : ''}`;

/** A two-word query with about `wanted` occurrences in `text` (deterministic). */
export function queryWithHits(text: string, wanted: number): string {
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let best = words[0] ?? 'und';
  let distance = Infinity;
  for (const [pair, count] of counts) {
    if (text.includes(pair) && Math.abs(count - wanted) < distance) [best, distance] = [pair, Math.abs(count - wanted)];
  }
  return best;
}

function machine(): BenchResult['machine'] {
  const cpus = os.cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // The version is informative only.
  }
  return {
    cpus: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    loadBefore: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    loadAfter: '',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/**
 * Runs the whole benchmark: builds the renderer if stale, then per size imports a generated
 * document through the CLI and measures the app and the peers on it, then the corpus scale and
 * the pure figures; writes latest.json and latest.md to `outDir` and returns the result.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const result: BenchResult = { machine: machine(), sizes: [], corpus: null, node: { agreement: NaN, agreementSpans: 0, export: NaN, stringify: NaN, exportDocuments: 0, exportSpansPerDocument: 0 }, profile: [], profileOf: '' };
  globalSetup();
  for (const [index, [chars, spans, relations = 0]] of options.sizes.entries()) {
    const name = label(chars, spans, relations);
    log(`\n${name}: ${chars} characters, ${spans} tags${relations > 0 ? `, ${relations} relations` : ''}`);
    const text = germanText(chars, 42 + index);
    const annotations = benchSpans(text, spans);
    const small = germanText(3000, 99);
    const other: BenchDocument = { title: 'Kurzmeldung', text: small, annotations: benchSpans(small, 20, 'bench', 'k') };
    const title = `Bench ${name}`;
    const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-bench-'));
    try {
      const file = path.join(work, 'bench.tagwerk.json');
      await writeFile(file, JSON.stringify(benchDataset([{ title, text, annotations }, other])));
      await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'bench', file]);
      if (relations > 0) log(`  stored ${await storeBenchRelations(path.join(work, 'data'), documentIdOf(text), relations)} relations`);
      const query = queryWithHits(text, Math.round(options.searchHits * (chars / (options.sizes[0]?.[0] ?? chars))));
      const app = await measureApp({ dataDir: path.join(work, 'data'), title, other: other.title, relations, reps: options.reps, keyReps: options.keyReps, searchReps: options.searchReps, query, profile: options.profile && index === 0, log });
      const peers = await measurePeers(text, annotations, options.reps, log);
      const size: SizeResult = { label: name, chars, spans: annotations.length, app, peers };
      result.sizes.push(size);
      if (app.profile.length > 0) [result.profile, result.profileOf] = [app.profile, name];
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  if (options.documents > 0) {
    log(`\ncorpus: ${options.documents} documents`);
    result.corpus = await measureCorpus(options.documents, options.reps, log);
  }
  log('\npure figures');
  result.node = measureNode(options.sizes[0]?.[0] ?? 1_000_000, options.agreementSpans, options.exportDocuments, options.exportSpans);
  log(`  agreement ${result.node.agreement.toFixed(1)} ms, export ${result.node.export.toFixed(0)} ms vs JSON.stringify ${result.node.stringify.toFixed(0)} ms`);
  result.machine.loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  await mkdir(options.outDir, { recursive: true });
  await writeFile(path.join(options.outDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(path.join(options.outDir, 'latest.md'), markdownReport(result));
  return result;
}
