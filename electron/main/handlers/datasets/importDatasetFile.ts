import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import { canonicalDataset, canonicalizedLine } from '@shared/formats/canonicalDataset';
import { detectImportFormat } from '@shared/formats/detectImportFormat';
import type { ParseResult } from '@shared/formats/formatAdapter';
import { FORMAT_REGISTRY, formatEntry, type FormatId } from '@shared/formats/formatRegistry';
import { parseJsonSafely } from '@shared/formats/parseJsonSafely';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { MAX_LISTED_PROBLEMS, type ImportProblem, type ImportPurpose, type ImportRequest, type ImportResult } from '@shared/ipc/methods/datasetMethods';
import { MAX_DATASET_BYTES, readInputFolder, readInputText } from '../../../node/datasets/datasetFiles';
import { importDataset } from '../../../node/datasets/importDataset';
import { storeNoticeNote } from '../../../node/datasets/collectStoreDataset';
import type { DatasetNote } from '@shared/formats/noteFacts';
import type { HandlerDeps } from '../handlerDeps';
import { toIpcFailure } from '../toIpcFailure';
import { describeImportProblems } from './describeImportProblems';
import { currentAnnotator } from './exportDataset';
import { speakerOf } from '../speakerOf';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import type { Migration } from '@shared/ipc/methods/reviewMethods';
import type { MigrationDesk } from '../review/createMigrationDesk';
import { findMatchingDocument } from '../review/findMatchingDocument';
import { importColleagueDataset } from '../review/importColleagueDataset';
import { reanchorProgressReporter } from '../review/reanchorProgressReporter';
import { ReanchorCancelled } from '../../../node/reanchor/createWorkerReanchorer';

/** Options of an import: the largest file read (default: the CLI's cap), and where migrations wait for review (without it, none are opened). */
export interface ImportOptions {
  readonly maxBytes?: number;
  readonly migrations?: MigrationDesk;
  /** Cancels a colleague import while it re-anchors: it then ends `cancelled` with nothing stored. */
  readonly signal?: AbortSignal;
}

/**
 * For a colleague's file: the documents that are an edited copy of a stored one (not stored by
 * their text, but a stored document has their title or source) are re-anchored onto my text
 * and left as migrations for review (nothing stored until the user decides there), as review's
 * import always did, with `reanchorProgress` events while it runs; the rest of the dataset is imported as it is.
 */
async function openMigrations(deps: ImportDeps, dataset: TagwerkDataset, me: string, desk: MigrationDesk, signal?: AbortSignal): Promise<{ rest: TagwerkDataset; migrations: Migration[] }> {
  const { documents: stored } = await deps.store.listDocuments();
  const edited = dataset.documents.filter((d) => !stored.some((m) => m.id === d.id) && findMatchingDocument(stored, d) !== undefined);
  if (edited.length === 0) return { rest: dataset, migrations: [] };
  const progressFor = (annotator: string) => reanchorProgressReporter(deps.emit, annotator);
  const opened = await importColleagueDataset(deps.store, { ...dataset, documents: edited }, me, desk.nextId, deps.reanchor, { progressFor, ...(signal !== undefined && { signal }) });
  for (const migration of opened.pending) desk.add(migration);
  return { rest: { ...dataset, documents: dataset.documents.filter((d) => !edited.includes(d)) }, migrations: opened.pending.map((p) => p.view) };
}

type ImportDeps = Pick<HandlerDeps, 'store' | 'settings' | 'shellInfo' | 'emit'> & Partial<Pick<HandlerDeps, 'clock' | 'reanchor'>>;

function refused(name: string, problems: readonly ImportProblem[], format?: FormatId): ImportResult {
  return { status: 'invalid', name, ...(format !== undefined && { format }), problems: problems.slice(0, MAX_LISTED_PROBLEMS), total: problems.length };
}

/** Every file name ending the formats Tagwerk reads, for the open dialog's filter (a brat folder is chosen by one of its `.ann` files). */
const READABLE_EXTENSIONS = [...new Set(FORMAT_REGISTRY.filter((e) => !('exportOnly' in e)).flatMap((e) => (e.id === 'brat' ? ['ann'] : e.extensions)))];

/**
 * Imports a file chosen in main's open dialog, as `tagwerk import` does, in whichever format it
 * is (see importDatasetAt). `request.purpose` says what it is for: my tags, or a colleague's to
 * review (then spans in a file that names no annotator are `request.colleague`'s, else the file's).
 */
export async function importDatasetFile(deps: HandlerDeps, options: ImportOptions = {}, request: ImportRequest = undefined): Promise<ImportResult> {
  const t = speakerOf(deps);
  const chosen = await deps.dialogs.showOpen({
    title: t(request?.purpose === 'colleague' ? 'main.fileDialog.importColleague' : 'main.fileDialog.importMine'),
    filters: [{ name: t('main.fileDialog.readable'), extensions: READABLE_EXTENSIONS }],
    multiple: false,
  });
  const file = chosen?.[0];
  if (file === undefined) return { status: 'cancelled' };
  return importDatasetAt(deps, file, options, request);
}

/** The stem of a file name as a colleague's name (`jonas.doccano.jsonl` -> `jonas`). */
function stemName(name: string): string {
  return name.split('.')[0]?.trim() || 'colleague';
}

/** Every stored text by document id: what a W3C export (offsets and quotes, no texts) is anchored in. */
async function storedTexts(store: ImportDeps['store']): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const meta of (await store.listDocuments()).documents) {
    try {
      texts.set(meta.id, (await store.getDocument(meta.id)).text);
    } catch {
      // A damaged stored text cannot be an anchor; the parse names the missing text if it was needed.
    }
  }
  return texts;
}

/** Reads `file` in `format` (a brat file: its whole folder; a WebAnno TSV file: one document) into a dataset or problems. */
async function parseForeign(deps: ImportDeps, file: string, format: FormatId, text: string, annotator: string): Promise<ParseResult> {
  const name = path.basename(file);
  const entry = formatEntry(format);
  const texts = format === 'w3c' ? await storedTexts(deps.store) : undefined;
  const options = { annotator, exportedAt: (deps.clock?.() ?? new Date()).toISOString(), source: name, ...(texts !== undefined && { texts, anyTexts: [...texts.values()] }) };
  if (entry.output === 'file') return entry.adapter.parse(text, options);
  if (format !== 'brat') return entry.adapter.parse([{ name, content: text }], options);
  const folder = await readInputFolder(await bratRoot(path.dirname(file)), '.', entry.extensions);
  return folder.ok ? entry.adapter.parse(folder.files, options) : { ok: false, problems: [{ ...folder.facts, path: folder.file, message: folder.reason }] };
}

/**
 * The folder a brat import reads for a chosen `.ann` in `folder`: the folder itself, or — when it
 * is one of several annotator sub-folders with their own annotation.conf, as Tagwerk writes a
 * multi-annotator export — the folder above, so every annotator is read under their own name.
 */
async function bratRoot(folder: string): Promise<string> {
  const parent = path.dirname(folder);
  try {
    const entries = await fsp.readdir(parent, { withFileTypes: true });
    const annotatorFolders = entries.filter((e) => e.isDirectory() && existsSync(path.join(parent, e.name, 'annotation.conf')));
    return annotatorFolders.length >= 2 && annotatorFolders.some((e) => path.join(parent, e.name) === folder) ? parent : folder;
  } catch {
    return folder;
  }
}

/**
 * Imports the file at `file` exactly as the Import dialog does, in any format Tagwerk reads
 * (recognised by `detectImportFormat`; also used for dataset files opened from the OS): size cap,
 * full validation, nothing stored on any problem; texts made canonical with their spans mapped
 * (a warning says so, see canonicalDataset); what the file held that Tagwerk cannot
 * represent is counted by kind in `losses`, as the CLI prints it. Each document is stored by its
 * text and each annotation (with its relations) goes to its annotator's set — mine merged into my
 * set, others as colleague sets; spans of a file that names no annotator are mine, or for a
 * colleague's file the colleague's (`request.colleague`, else the file name's stem).
 */
export async function importDatasetAt(deps: ImportDeps, file: string, options: ImportOptions = {}, request: ImportRequest = undefined): Promise<ImportResult> {
  const name = path.basename(file);
  const purpose: ImportPurpose = request?.purpose ?? 'mine';
  const read = await readInputText(path.dirname(file), name, options.maxBytes ?? MAX_DATASET_BYTES);
  if (!read.ok) return refused(name, [{ ...read.facts, path: '', message: read.reason }]);
  // A .json file of no recognisable shape (often broken JSON) is read as Tagwerk JSON, so its problems are named.
  const format = detectImportFormat(name, read.text) ?? (name.toLowerCase().endsWith('.json') ? 'tagwerk' : undefined);
  if (format === undefined) return refused(name, [{ path: '', code: 'unknownFormat', message: 'is in no format Tagwerk reads (Tagwerk JSON, doccano, Label Studio, spaCy/Prodigy, W3C Web Annotation, brat .ann, WebAnno TSV 3.3)' }]);
  const me = currentAnnotator(deps);
  let parsed: ParseResult;
  let raw: unknown;
  if (format === 'tagwerk') {
    const json = parseJsonSafely(read.text);
    if (!json.ok) return refused(name, json.problems, format);
    raw = json.value;
    const validated = validateTagwerkDataset(json.value);
    if (!validated.ok) return refused(name, describeImportProblems(json.value, validated.problems), format);
    parsed = { ...validated, losses: [] };
  } else {
    const annotator = purpose === 'mine' ? me : request?.colleague?.trim() || stemName(name);
    parsed = await parseForeign(deps, file, format, read.text, annotator);
    if (!parsed.ok) return refused(name, parsed.problems, format);
  }
  const canonical = canonicalDataset(parsed.dataset);
  // A span the canonical text cannot hold exactly refuses the file like any other problem (foreign formats: `raw` is undefined).
  if (!canonical.ok) return refused(name, describeImportProblems(raw, canonical.problems), format);
  const { losses } = parsed;
  try {
    const { rest: dataset, migrations } =
      purpose === 'colleague' && options.migrations !== undefined ? await openMigrations(deps, canonical.dataset, me, options.migrations, options.signal) : { rest: canonical.dataset, migrations: [] };
    const reports = await importDataset(deps.store, dataset, me);
    deps.emit('documentsChanged', {});
    const documents = reports.map(({ meta, created, mine, colleagues }) => ({
      id: meta.id,
      title: meta.title,
      created,
      mine:
        mine === null
          ? null
          : { annotator: mine.annotator, imported: mine.imported, added: mine.added, conflicts: mine.conflicts.length, relationsAdded: mine.relationsAdded, relationsKept: mine.relationsKept, relationsDropped: mine.relationsDropped, refused: mine.refused },
      colleagues: colleagues.map(({ annotator, annotations, relations, relationsDropped, outcome }) => ({ annotator, annotations, relations, relationsDropped, outcome })),
    }));
    const warnings: DatasetNote[] = [
      ...canonical.canonicalized.map((c) => ({
        message: `note: ${canonicalizedLine(c)}`,
        facts: { code: 'canonicalized' as const, title: c.title, from: c.from, to: c.to, spans: c.spansMapped, lineEnds: c.changes.lineEnds, nfc: c.changes.nfc, bom: c.changes.bom },
      })),
      ...reports.flatMap((r) => [...(r.mine?.notices ?? []), ...r.colleagues.flatMap((c) => c.notices)]).map(storeNoticeNote),
    ];
    return { status: 'imported', name, format, purpose, losses: [...losses], annotator: dataset.annotator, exportedAt: dataset.exportedAt, documents, warnings, ...(migrations.length > 0 && { migrations }) };
  } catch (error) {
    // Re-anchoring comes before anything is stored: a cancelled import kept nothing.
    if (error instanceof ReanchorCancelled) return { status: 'cancelled' };
    throw toIpcFailure(error);
  }
}
