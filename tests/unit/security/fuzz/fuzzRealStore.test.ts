import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputText } from '../../../../electron/node/datasets/datasetFiles';
import { importDataset, importText } from '../../../../electron/node/datasets/importDataset';
import { printDatasetImport } from '../../../../electron/cli/printImport';
import { openLockedStore } from '../../../../electron/cli/openLockedStore';
import { runImport } from '../../../../electron/cli/runImport';
import { textFromFile } from '../../../../electron/node/files/extractText';
import { createDocumentStore } from '../../../../electron/node/store/createDocumentStore';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { serializeTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { fakeDeps } from '../../electron/cli/cliTestKit';
import { unclearLines } from './clearMessage';
import { CASE_TIME_LIMIT_MS, FUZZ_SEED, fuzzParameters, fuzzTestTimeout, REAL_STORE_RUNS } from './fuzzConfig';
import { datasetArb } from './generators';
import { ADAPTERS, LOSSY_OPTIONS, ME, parseFixture, repoBytes, storeHealthProblems, touchedDocuments, type FuzzFormat } from './importHarness';
import { snapshotDifference, type FsSnapshot } from './memoryFs';
import { byteMutationArb, mutateBytes, mutateJson, mutateJsonLines, mutationArb } from './mutations';
import { prototypeKeys, prototypePollution } from './pollutionGuard';
import { TEXT_FIXTURES, TEXT_FILE_NAMES } from './textFileInputs';

/** One file handed to an import on disk: which path it takes, its name (extension) and bytes. */
interface DiskCase {
  readonly kind: FuzzFormat | 'text';
  readonly name: string;
  readonly bytes: Uint8Array;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const mixed = parseFixture('tests/fixtures/formats/mixed.tagwerk.json');
const w3cOptions = { ...LOSSY_OPTIONS, texts: new Map(mixed.documents.map((d) => [d.id, d.text])) };
const fixture = (file: string) => repoBytes(file).toString('utf8');
const TAGWERK = [fixture('tests/fixtures/formats/mixed.tagwerk.json'), fixture('tests/fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json')];
const DOCCANO = fixture('tests/fixtures/formats/golden/mixed.doccano.jsonl');
const W3C = fixture('tests/fixtures/formats/golden/mixed.w3c.jsonld');

/** Mutated and generated files of every kind; a third get raw byte edits on top, so invalid UTF-8 reaches the readers. */
const diskCaseArb: fc.Arbitrary<DiskCase> = fc
  .tuple(
    fc.oneof(
      fc.record({ kind: fc.constant('tagwerk' as const), name: fc.constant('export.json'), bytes: fc.tuple(fc.nat(TAGWERK.length - 1), mutationArb).map(([i, m]) => utf8(mutateJson(TAGWERK[i] as string, m))) }),
      fc.record({ kind: fc.constant('tagwerk' as const), name: fc.constant('generated.json'), bytes: datasetArb.map((d) => utf8(serializeTagwerkDataset(d))) }),
      fc.record({ kind: fc.constant('doccano' as const), name: fc.constant('export.jsonl'), bytes: fc.tuple(mutationArb, fc.nat()).map(([m, line]) => utf8(mutateJsonLines(DOCCANO, m, line))) }),
      fc.record({ kind: fc.constant('w3c' as const), name: fc.constant('export.jsonld'), bytes: mutationArb.map((m) => utf8(mutateJson(W3C, m))) }),
      fc.record({
        kind: fc.constant('text' as const),
        name: fc.constantFrom(...TEXT_FILE_NAMES.map((n) => path.basename(n.replace(/\\/g, '/')))),
        bytes: fc.tuple(fc.nat(TEXT_FIXTURES.length - 1), byteMutationArb).map(([i, ops]) => mutateBytes((TEXT_FIXTURES[i] as (typeof TEXT_FIXTURES)[number]).bytes, ops)),
      }),
    ),
    fc.option(byteMutationArb, { freq: 2, nil: undefined }),
  )
  .map(([file, ops]) => (ops === undefined ? file : { ...file, bytes: mutateBytes(file.bytes, ops) }));

/** Every folder and file (with its bytes) under `dir`, in the shape the memory fs snapshots have. */
function snapshotDir(dir: string): FsSnapshot {
  const files = new Map<string, Uint8Array>();
  const dirs: string[] = [];
  const walk = (at: string) => {
    dirs.push(at);
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(full, readFileSync(full));
    }
  };
  walk(dir);
  return { files, dirs: dirs.sort() };
}

let root: string;
let dataDir: string;
let inputDir: string;
let caseNumber = 0;
const counts = { tagwerk: 0, doccano: 0, w3c: 0, text: 0, rejected: 0, imported: 0 };
const prototypesBefore = prototypeKeys();

/**
 * Imports one file from disk into the real store the way a user would: tagwerk datasets and
 * texts through `tagwerk import` (exit 0 imported, 1 refused, anything else a failure), doccano
 * and W3C through the strict UTF-8 reader, their adapter and the locked store. Returns the
 * status and the lines a user would read; a line from runCommand's catch-all means an error
 * escaped the import and fails the case.
 */
async function importFromDisk(file: string, c: DiskCase): Promise<{ status: 'rejected' | 'imported'; lines: string[] }> {
  const fake = fakeDeps({ cwd: inputDir, userName: () => ME });
  if (c.kind === 'tagwerk' || c.kind === 'text') {
    const code = await runImport(['--data-dir', dataDir, '--annotator', ME, file], fake.deps);
    const lines = fake.stderr().split('\n').filter((l) => l !== '' && !/^Nothing was imported \(\d+ problems?\)\.$/.test(l));
    const escaped = lines.filter((l) => l.startsWith('tagwerk import: '));
    if (escaped.length > 0 || (code !== 0 && code !== 1)) throw new Error(`tagwerk import exited ${code}: ${escaped.join('\n')}`);
    return { status: code === 0 ? 'imported' : 'rejected', lines };
  }
  const read = await readInputText(inputDir, file);
  if (!read.ok) return { status: 'rejected', lines: [`${read.file}: ${read.reason}`] };
  const parsed = ADAPTERS[c.kind].parse(read.text, c.kind === 'w3c' ? w3cOptions : LOSSY_OPTIONS);
  if (!parsed.ok) return { status: 'rejected', lines: parsed.problems.map((p) => `${file}: ${formatProblemLine(p)}`) };
  const opened = await openLockedStore(dataDir, fake.deps);
  if (!opened.ok) throw new Error(opened.message);
  const lines: string[] = [];
  try {
    printDatasetImport(file, parsed.dataset, await importDataset(opened.locked.store, parsed.dataset, ME), { line: () => undefined, warn: (t) => void lines.push(t), fail: (t) => void lines.push(t) });
  } finally {
    await opened.locked.close();
  }
  return { status: 'imported', lines };
}

describe(`fuzzing imports into the real store in a temp folder (${REAL_STORE_RUNS} cases)`, () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'tagwerk-fuzz-'));
    dataDir = path.join(root, 'data');
    inputDir = path.join(root, 'in');
    mkdirSync(dataDir);
    mkdirSync(inputDir);
    // Start from a store that already holds documents, my set and colleague sets.
    const opened = await openLockedStore(dataDir, fakeDeps().deps);
    if (!opened.ok) throw new Error(opened.message);
    await importDataset(opened.locked.store, mixed, ME);
    const text = textFromFile('wahl.utf16le-bom.txt', repoBytes('tests/fixtures/corpus/wahl.utf16le-bom.txt'));
    if (text.ok) await importText(opened.locked.store, { file: 'wahl.txt', ...text });
    await opened.locked.close();
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    console.info(`fuzz real store (seed ${FUZZ_SEED}): ${JSON.stringify(counts)}`);
  });

  it('never lets an error escape; a rejection is clear and leaves every file byte-identical; an import leaves a store that loads cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(diskCaseArb, async (c) => {
        counts[c.kind] += 1;
        const file = `case-${++caseNumber}${path.extname(c.name)}`;
        writeFileSync(path.join(inputDir, file), c.bytes);
        const before = snapshotDir(dataDir);
        const started = performance.now();
        const result = await importFromDisk(file, c);
        expect(performance.now() - started).toBeLessThan(CASE_TIME_LIMIT_MS);
        counts[result.status] += 1;
        const after = snapshotDir(dataDir);
        expect(unclearLines(result.lines)).toEqual([]);
        if (result.status === 'rejected') {
          expect(result.lines.length).toBeGreaterThan(0);
          expect(snapshotDifference(before, after)).toBeUndefined();
        } else {
          const store = createDocumentStore({ dataDir }, { readOnly: true });
          expect(await storeHealthProblems(store, touchedDocuments(before, after))).toEqual([]);
        }
      }),
      fuzzParameters(REAL_STORE_RUNS, 500),
    );
  }, fuzzTestTimeout(REAL_STORE_RUNS * 20));

  it('left no trace on the built-in prototypes', () => {
    expect(prototypePollution(prototypesBefore)).toEqual([]);
  });
});
