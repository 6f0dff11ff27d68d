import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentIdOf } from '@shared/text/documentId';
import { createAssistMemory } from '../../electron/node/assist/createAssistMemory';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { checkStoreFiles } from './checkStoreFiles';
import { killedRun } from './killedRun';
import { MIXED_HOME, mixedExportedAt, mixedImportTexts, mixedRejection, mixedVictim } from './mixedWrites';

const MIXED_WRITER = new URL('./mixedWriter.ts', import.meta.url);

/** What the mixed-writes rounds found; a safe store has zero in every failure column. */
export interface MixedCrashCounts {
  rounds: number;
  /** Acknowledged operations by kind (import, colleague, save, settings, trash, restore, index, rejection). */
  acknowledged: Record<string, number>;
  /** Files checked after the kills, by kind. */
  checked: Record<string, number>;
  /** Failures: a damaged or mismatched file (meta.json, text.txt, annotations, .bak, colleague set, settings, index.json, rejection file). */
  corruptFiles: number;
  /** Failures: an acknowledged write missing afterwards (a document, a set's export, a rev, a setting, index.json, a rejection). */
  lostWrites: number;
  /** Failures: temp files left after the next init(), or a load that needed recovery. */
  leftovers: number;
  /** Not failures: imports killed between a new document's text.txt and its meta.json (reported by the next listing, completed by the next import of that text). */
  unfinishedDocuments: number;
  problems: string[];
}

/**
 * One chain of kill rounds of the mixed writer on its own data folder: each round kills it at a
 * random moment among its writes, then checks every file on disk (checkStoreFiles), that each
 * acknowledged write is there, and that the next start needs no recovery.
 */
export async function runMixedChain(chain: number, rounds: number, next: () => number, log?: (line: string) => void): Promise<MixedCrashCounts> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-crash-mixed-'));
  const c: MixedCrashCounts = { rounds: 0, acknowledged: {}, checked: {}, corruptFiles: 0, lostWrites: 0, leftovers: 0, unfinishedDocuments: 0, problems: [] };
  const home = documentIdOf(MIXED_HOME);
  let estimateMs = 150;
  try {
    for (let round = 1; round <= rounds; round++) {
      const where = `mixed chain ${chain} round ${round}`;
      const plan = { afterAcks: Math.floor(next() * 16), delayMs: Math.floor(next() * estimateMs) };
      const run = await killedRun(dataDir, plan, MIXED_WRITER);
      for (const ms of run.saveMs) estimateMs = 0.8 * estimateMs + 0.2 * ms;
      c.rounds = round;
      for (const [op, count] of Object.entries(run.ackCounts)) c.acknowledged[op] = (c.acknowledged[op] ?? 0) + count;
      const found = checkStoreFiles(dataDir);
      const acked = run.lastAcks;
      for (const [kind, n] of Object.entries(found.checked)) c.checked[kind] = (c.checked[kind] ?? 0) + n;
      c.corruptFiles += found.problems.length;
      c.problems.push(...found.problems.map((p) => `${where}: ${p}`));
      const lost = (what: string) => {
        c.lostWrites += 1;
        c.problems.push(`${where}: acknowledged but lost: ${what}`);
      };
      // Read before the next store starts: its listing may rewrite index.json.
      if (acked.index !== undefined && found.indexRevision === undefined) lost(`index.json after index write ${acked.index}`);
      const store = createDocumentStore({ dataDir });
      const started = await store.init();
      if (checkStoreFiles(dataDir).temps > 0) {
        c.leftovers += 1;
        c.problems.push(`${where}: temp files left after init`);
      }
      c.unfinishedDocuments += found.unfinished.size;
      const { notices: listed } = await store.listDocuments();
      // An unfinished document must be reported, not hidden; its notice is no recovery.
      for (const id of found.unfinished) {
        if (!listed.some((n) => n.code === 'document-skipped' && n.documentId === id)) {
          c.leftovers += 1;
          c.problems.push(`${where}: the unfinished document ${id} is not reported`);
        }
      }
      const recovered = listed.filter((n) => !(n.code === 'document-skipped' && n.documentId !== undefined && found.unfinished.has(n.documentId)));
      for (const id of found.places.keys()) {
        if (found.places.get(id)?.corpus === 0 || found.unfinished.has(id)) continue;
        recovered.push(...(await store.loadAnnotations(id)).notices, ...(await store.listColleagueSets(id)).notices);
      }
      if (recovered.length > 0) {
        c.leftovers += 1;
        c.problems.push(`${where}: the next start needed recovery: ${recovered.map((n) => n.code).join(', ')}`);
      }
      if (acked.save !== undefined && (await store.loadAnnotations(home)).rev < acked.save) lost(`my save rev ${acked.save}`);
      if (acked.colleague !== undefined) {
        const jonas = (await store.listColleagueSets(home)).sets.find((s) => s.annotator === 'jonas');
        if (jonas === undefined || Date.parse(jonas.savedAt) < Date.parse(mixedExportedAt(acked.colleague))) lost(`jonas's set ${acked.colleague}`);
      }
      if (acked.trash !== undefined && !found.places.has(mixedVictim(acked.trash))) lost(`the document trashed in write ${acked.trash}`);
      if (acked.import !== undefined) {
        for (const text of mixedImportTexts(acked.import)) if (!found.places.has(documentIdOf(text)) || found.unfinished.has(documentIdOf(text))) lost(`document of import ${acked.import}`);
      }
      if (acked.settings !== undefined) {
        const settings = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as { windowBounds?: { width?: number } };
        if ((settings.windowBounds?.width ?? 0) < 100 + acked.settings) lost(`setting ${acked.settings}`);
      }
      if (acked.rejection !== undefined) {
        const rejected = await createAssistMemory({ dataDir }).rejected('crash');
        const want = mixedRejection(acked.rejection);
        if (!rejected.some((r) => r.label === want.label && r.text === want.text)) lost(`rejection ${acked.rejection}`);
      }
      await store.flush();
      log?.(`${where}: killed ${plan.delayMs} ms after ${plan.afterAcks} acks; acked ${JSON.stringify(acked)}; init said ${started.map((n) => n.code).join(', ') || 'nothing'}`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return c;
}
