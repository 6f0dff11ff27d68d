import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isTempFileName } from '../../electron/node/store/atomicWrite';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { judgeAnnotationBytes } from '../../electron/node/store/readAnnotationFile';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { documentIdOf } from '@shared/text/documentId';
import { CRASH_TEXT } from './crashFixture';
import { killedRun } from './killedRun';
import { runMixedChain, type MixedCrashCounts } from './runMixedChain';
import { seededRandom } from '../support/seededRandom';

/** What the crash rounds found; a safe store has zero in every failure column. */
export interface CrashReport {
  rounds: number;
  seed: number;
  acknowledgedSaves: number;
  /** Rounds killed before the child acknowledged any save in that round. */
  killedBeforeFirstAck: number;
  /** Failures: annotations.json missing, unparsable or invalid after a kill. */
  corruptFiles: number;
  /** Failures: sum over rounds of (last acknowledged rev − rev on disk) where positive. */
  lostRevisions: number;
  /** Failures: rounds that left more than one temp file. */
  roundsWithTooManyTemps: number;
  /** Failures: temp files still present after the next init(). */
  tempsLeftAfterInit: number;
  /** Rounds that left exactly one temp file (all removed by init). */
  roundsWithOneTemp: number;
  /** Failures: loads after a kill that needed recovery (quarantine / .bak). */
  recoveries: number;
  /** Highest rev reached (per chain: each chain has its own data folder). */
  finalRev: number;
  /** Smoothed duration of one ~2 MB save in the writer. */
  averageSaveMs: number;
  /** The mixed writer's rounds (imports, colleague sets, saves with relations, settings, trash): counts and failures. */
  mixed: Omit<MixedCrashCounts, 'problems'>;
  durationMs: number;
  problems: string[];
}

type Counters = Omit<CrashReport, 'seed' | 'durationMs' | 'mixed'>;

/**
 * One chain of kill rounds on its own data folder: each round starts the writer, kills it at a
 * random moment inside one of its first three saves, checks the file on disk and the temp
 * files, runs init(), and counts any recovery the next load needed.
 */
async function runChain(chain: number, rounds: number, next: () => number, initialSaveMs: number, log?: (line: string) => void): Promise<Counters> {
  // Kill delays are drawn from 0.3..1.2 × the observed time of one save: every kill lands in a
  // save, weighted towards its second half, where the temp file, backup link and renames happen.
  let saveEstimate = initialSaveMs;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-crash-'));
  const id = documentIdOf(CRASH_TEXT);
  const docDir = path.join(dataDir, 'documents', id.slice('sha256:'.length));
  const expected = { documentId: id, text: CRASH_TEXT, converter: createOffsetConverter(CRASH_TEXT) };
  const c: Counters = {
    rounds: 0, acknowledgedSaves: 0, killedBeforeFirstAck: 0, corruptFiles: 0, lostRevisions: 0,
    roundsWithTooManyTemps: 0, tempsLeftAfterInit: 0, roundsWithOneTemp: 0, recoveries: 0, finalRev: 0, averageSaveMs: 0, problems: [],
  };
  const temps = () => {
    try {
      return readdirSync(docDir).filter(isTempFileName);
    } catch {
      return [];
    }
  };
  try {
    for (let round = 1; round <= rounds; round++) {
      const where = `chain ${chain} round ${round}`;
      const plan = { afterAcks: Math.floor(next() * 3), delayMs: Math.floor((0.3 + 0.9 * next()) * saveEstimate) };
      const { lastAck, acks, notices, saveMs } = await killedRun(dataDir, plan);
      for (const ms of saveMs) saveEstimate = 0.7 * saveEstimate + 0.3 * ms;
      c.rounds = round;
      c.acknowledgedSaves += acks;
      if (acks === 0) c.killedBeforeFirstAck += 1;
      if (notices.length > 0) {
        // The writer loads the file the previous round left: any notice means it needed recovery.
        c.recoveries += 1;
        c.problems.push(`${where}: load needed recovery: ${notices.join(', ')}`);
      }
      const left = temps();
      if (left.length === 1) c.roundsWithOneTemp += 1;
      if (left.length > 1) {
        c.roundsWithTooManyTemps += 1;
        c.problems.push(`${where}: ${left.length} temp files left: ${left.join(', ')}`);
      }
      let rev = 0;
      try {
        const judged = judgeAnnotationBytes(readFileSync(path.join(docDir, 'annotations.json')), expected);
        if (judged.kind === 'ok') rev = judged.set.rev;
        else {
          c.corruptFiles += 1;
          c.problems.push(`${where}: annotations.json ${judged.kind}: ${judged.kind === 'corrupt' ? judged.message : ''}`);
        }
      } catch (error) {
        if (lastAck > 0) {
          c.corruptFiles += 1;
          c.problems.push(`${where}: annotations.json unreadable after ack ${lastAck}: ${String(error)}`);
        }
      }
      if (rev < lastAck) {
        c.lostRevisions += lastAck - rev;
        c.problems.push(`${where}: rev on disk ${rev} < last acknowledged ${lastAck}`);
      }
      await createDocumentStore({ dataDir }).init();
      c.tempsLeftAfterInit += temps().length;
      log?.(`${where}: killed ${plan.delayMs} ms after ${plan.afterAcks === 0 ? 'start' : `ack ${plan.afterAcks}`} (${acks} acks, last rev ${lastAck}), rev on disk ${rev}, temps left ${left.length}`);
    }
    const final = await createDocumentStore({ dataDir }).loadAnnotations(id);
    c.finalRev = final.rev;
    if (final.notices.length > 0) {
      c.recoveries += 1;
      c.problems.push(`chain ${chain}: final load needed recovery: ${final.notices.map((n) => n.code).join(', ')}`);
    }
    c.averageSaveMs = Math.round(saveEstimate);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return c;
}

/** `total` split into `parts` shares as even as possible. */
function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** The mixed chains' counts summed. */
function sumMixed(results: readonly MixedCrashCounts[]): MixedCrashCounts {
  const total: MixedCrashCounts = { rounds: 0, acknowledged: {}, checked: {}, corruptFiles: 0, lostWrites: 0, leftovers: 0, unfinishedDocuments: 0, problems: [] };
  for (const r of results) {
    total.rounds += r.rounds;
    total.corruptFiles += r.corruptFiles;
    total.lostWrites += r.lostWrites;
    total.leftovers += r.leftovers;
    total.unfinishedDocuments += r.unfinishedDocuments;
    total.problems.push(...r.problems);
    for (const [k, n] of Object.entries(r.acknowledged)) total.acknowledged[k] = (total.acknowledged[k] ?? 0) + n;
    for (const [k, n] of Object.entries(r.checked)) total.checked[k] = (total.checked[k] ?? 0) + n;
  }
  return total;
}

/**
 * Runs `rounds` kill rounds of the annotation saver and `mixedRounds` (default: as many) of the
 * mixed writer, each split over `chains` independent data folders (default 2), all in parallel,
 * and sums what they found.
 */
export async function runCrashRounds(options: { rounds: number; mixedRounds?: number; seed?: number; chains?: number; initialSaveMs?: number; log?: (line: string) => void }): Promise<CrashReport> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const chains = Math.max(1, Math.min(options.chains ?? 2, options.rounds));
  const started = Date.now();
  const mixedRounds = options.mixedRounds ?? options.rounds;
  const [results, mixedResults] = await Promise.all([
    Promise.all(shares(options.rounds, chains).map((share, i) => runChain(i + 1, share, seededRandom(seed + i), options.initialSaveMs ?? 80, options.log))),
    Promise.all(shares(mixedRounds, chains).filter((share) => share > 0).map((share, i) => runMixedChain(i + 1, share, seededRandom(seed + 1000 + i), options.log))),
  ]);
  const { problems: mixedProblems, ...mixed } = sumMixed(mixedResults);
  const sum = (key: Exclude<keyof Counters, 'problems' | 'finalRev' | 'averageSaveMs'>) => results.reduce((total, r) => total + r[key], 0);
  return {
    rounds: sum('rounds'),
    seed,
    acknowledgedSaves: sum('acknowledgedSaves'),
    killedBeforeFirstAck: sum('killedBeforeFirstAck'),
    corruptFiles: sum('corruptFiles'),
    lostRevisions: sum('lostRevisions'),
    roundsWithTooManyTemps: sum('roundsWithTooManyTemps'),
    tempsLeftAfterInit: sum('tempsLeftAfterInit'),
    roundsWithOneTemp: sum('roundsWithOneTemp'),
    recoveries: sum('recoveries'),
    finalRev: Math.max(...results.map((r) => r.finalRev)),
    averageSaveMs: Math.round(results.reduce((t, r) => t + r.averageSaveMs, 0) / results.length),
    mixed,
    durationMs: Date.now() - started,
    problems: [...results.flatMap((r) => r.problems), ...mixedProblems],
  };
}
