import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentLine, printDatasetImport, type ImportOutput } from '../../../../electron/cli/printImport';
import { importDataset, importText } from '../../../../electron/node/datasets/importDataset';
import type { DocumentStore } from '../../../../electron/node/store/createDocumentStore';
import { textFromFile } from '../../../../electron/node/files/extractText';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { doccanoFormat } from '@shared/formats/doccanoFormat';
import type { ParseOptions, TextFormatAdapter } from '@shared/formats/formatAdapter';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { tagwerkFormat } from '@shared/formats/tagwerkFormat';
import { w3cFormat } from '@shared/formats/w3cFormat';
import { storeOn } from '../../electron/node/store/storeTestKit';
import { unclearLines } from './clearMessage';
import { CASE_TIME_LIMIT_MS } from './fuzzConfig';
import { createMemoryFs, sameBytes, snapshotDifference, type FsSnapshot, type MemoryFs } from './memoryFs';

/** The import formats fuzzed here. */
export type FuzzFormat = 'tagwerk' | 'doccano' | 'w3c';

export const ADAPTERS: Readonly<Record<FuzzFormat, TextFormatAdapter>> = { tagwerk: tagwerkFormat, doccano: doccanoFormat, w3c: w3cFormat };

/** Who "I" am in every fuzzed import (an annotator of the fixtures, so my set gets merged into). */
export const ME = 'kim';

/** The data folder of the in-memory stores. */
export const MEMORY_DATA_DIR = '/mem/tagwerk-data';

/** Parse options the CLI and import dialog would pass for formats that lack them. */
export const LOSSY_OPTIONS = { annotator: ME, exportedAt: '2026-11-21T09:00:00.000Z', source: 'import.jsonl' } as const;

/** A repository file's bytes. */
export function repoBytes(relative: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../../../${relative}`, import.meta.url)));
}

/** What an import attempt ended with: refused with problem lines (nothing may change), or imported. */
export type ImportAttempt =
  | { readonly status: 'rejected'; readonly problems: readonly string[] }
  | { readonly status: 'imported'; readonly lines: readonly string[]; readonly failures: readonly string[] };

/** An ImportOutput collecting what the CLI would print. */
function collectingOutput() {
  const lines: string[] = [];
  const failures: string[] = [];
  const out: ImportOutput = { line: (t) => void lines.push(t), warn: (t) => void lines.push(t), fail: (t) => void failures.push(t) };
  return { out, lines, failures };
}

/**
 * The import path of a dataset file as the CLI and app run it: parse and validate with the
 * format's adapter, then (only when valid) write it into the store. Anything thrown escapes,
 * so a property fails on it.
 */
export async function importDatasetInput(store: DocumentStore, format: FuzzFormat, input: string, options: ParseOptions, file = `input.${format}`): Promise<ImportAttempt> {
  const parsed = ADAPTERS[format].parse(input, options);
  if (!parsed.ok) return { status: 'rejected', problems: parsed.problems.map((p) => `${file}: ${formatProblemLine(p)}`) };
  const { out, lines, failures } = collectingOutput();
  printDatasetImport(file, parsed.dataset, await importDataset(store, parsed.dataset, ME), out);
  return { status: 'imported', lines, failures };
}

/** Opens a text file's bytes like the app (textFromFile) and, when it opens, adds it as a document. */
export async function importTextInput(store: DocumentStore, name: string, bytes: Uint8Array): Promise<ImportAttempt & { text?: string }> {
  const opened = textFromFile(name, bytes);
  if (!opened.ok) return { status: 'rejected', problems: [opened.message] };
  const { out, lines, failures } = collectingOutput();
  out.line(documentLine(await importText(store, { file: name, text: opened.text, title: opened.title, encoding: opened.encoding }), name));
  for (const warning of opened.warnings) out.warn(`${name}: warning: ${warning}`);
  return { status: 'imported', lines, failures, text: opened.text };
}

/** The fixture datasets every in-memory store starts with, parsed (they are valid by construction). */
export function parseFixture(relative: string): TagwerkDataset {
  const parsed = tagwerkFormat.parse(repoBytes(relative).toString('utf8'));
  if (!parsed.ok) throw new Error(`${relative} does not validate: ${JSON.stringify(parsed.problems)}`);
  return parsed.dataset;
}

/**
 * A memory fs holding a realistic store: the mixed fixture (my set and a colleague's), the
 * review fixture (jonas as a colleague) and the built-in article as a plain text, so fuzzed
 * imports meet existing documents, my set and colleague sets.
 */
export async function baseMemoryStore(): Promise<MemoryFs> {
  const memory = createMemoryFs();
  const store = storeOn(MEMORY_DATA_DIR, memory.fs);
  await store.init();
  const { out, failures } = collectingOutput();
  for (const fixture of ['tests/fixtures/formats/mixed.tagwerk.json', 'tests/fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json']) {
    const dataset = parseFixture(fixture);
    printDatasetImport(fixture, dataset, await importDataset(store, dataset, ME), out);
  }
  const text = await importTextInput(store, 'wahl.utf16le-bom.txt', repoBytes('tests/fixtures/corpus/wahl.utf16le-bom.txt'));
  if (text.status !== 'imported' || failures.length > 0) throw new Error('the base store could not be built');
  await store.flush();
  return memory;
}

/** The ids of the documents whose folders differ between two snapshots (added, changed or removed files). */
export function touchedDocuments(before: FsSnapshot, after: FsSnapshot): string[] {
  const ids = new Set<string>();
  const note = (file: string) => {
    const match = /[\\/]documents[\\/]([0-9a-f]{64})[\\/]/.exec(file);
    if (match) ids.add(`sha256:${match[1]}`);
  };
  for (const [file, bytes] of after.files) {
    const old = before.files.get(file);
    if (old === undefined || !sameBytes(old, bytes)) note(file);
  }
  for (const file of before.files.keys()) if (!after.files.has(file)) note(file);
  return [...ids].sort();
}

/** Every way a stored document can be unhealthy after an import: unreadable meta/text, or notices on load. */
export async function storeHealthProblems(store: DocumentStore, ids?: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const { documents, notices } = await store.listDocuments();
  problems.push(...notices.map((n) => `list: ${n.message}`));
  const listed = new Set(documents.map((d) => d.id));
  for (const id of ids ?? [...listed]) {
    if (!listed.has(id)) {
      problems.push(`${id}: written, but not listed as a document`);
      continue;
    }
    const { text } = await store.getDocument(id);
    if (text.length === 0) problems.push(`${id}: empty text`);
    const mine = await store.loadAnnotations(id);
    problems.push(...mine.notices.map((n) => `${id} my set: ${n.message}`));
    const colleagues = await store.listColleagueSets(id);
    problems.push(...colleagues.notices.map((n) => `${id} colleague sets: ${n.message}`));
  }
  return problems;
}

/**
 * Runs one fuzz case on a fresh copy of `base` and checks the contract: no throw (the caller's
 * await rejects), a rejection has clear problem lines and leaves every file byte-identical, an
 * import leaves a store whose every document, set and colleague set loads without a notice.
 */
export async function checkCase(base: MemoryFs, run: (store: DocumentStore) => Promise<ImportAttempt>): Promise<ImportAttempt> {
  const memory = base.clone();
  const store = storeOn(MEMORY_DATA_DIR, memory.fs);
  const before = memory.snapshot();
  const started = performance.now();
  const attempt = await run(store);
  await store.flush();
  const took = performance.now() - started;
  if (took > CASE_TIME_LIMIT_MS) throw new Error(`the case took ${Math.round(took)} ms (limit ${CASE_TIME_LIMIT_MS} ms): a hang or a super-linear path`);
  if (attempt.status === 'rejected') {
    if (attempt.problems.length === 0) throw new Error('a rejection without any problem');
    const unclear = unclearLines(attempt.problems);
    if (unclear.length > 0) throw new Error(`unclear rejection messages:\n${unclear.join('\n')}`);
    const changed = snapshotDifference(before, memory.snapshot());
    if (changed !== undefined) throw new Error(`the store changed after a rejection: ${changed}`);
  } else {
    const unclear = unclearLines(attempt.failures);
    if (unclear.length > 0) throw new Error(`unclear import failures:\n${unclear.join('\n')}`);
    const health = await storeHealthProblems(store, touchedDocuments(before, memory.snapshot()));
    if (health.length > 0) throw new Error(`the store is unhealthy after an accepted import:\n${health.join('\n')}`);
  }
  return attempt;
}
