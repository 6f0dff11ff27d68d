import type { DatasetAnnotation, DatasetDocument, TagwerkDataset } from './datasetSchema';
import type { FolderFormatAdapter, NamedFile, ParseOptions, ParseResult } from './formatAdapter';
import type { FormatProblem } from './formatProblem';
import { type ImportedDocument, importedDataset } from './importedDataset';
import { parseBratAnn } from './bratParse';

/** One code-point fragment of a brat text-bound annotation. */
interface Fragment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Splits a span at its newlines into the non-empty runs between them (brat cannot show a span across lines). */
function fragmentsOf(a: DatasetAnnotation): Fragment[] {
  const fragments: Fragment[] = [];
  let cp = a.start;
  let run: { start: number; text: string } | undefined;
  for (const ch of a.text) {
    if (ch === '\n') {
      if (run !== undefined) fragments.push({ start: run.start, end: cp, text: run.text });
      run = undefined;
    } else if (run === undefined) run = { start: cp, text: ch };
    else run.text += ch;
    cp++;
  }
  if (run !== undefined) fragments.push({ start: run.start, end: cp, text: run.text });
  // A span of line breaks only cannot be split; it stays whole (its text field shows them as spaces).
  return fragments.length > 0 ? fragments : [{ start: a.start, end: a.end, text: a.text }];
}

/** brat entity types cannot hold white space; it becomes `_`. */
function bratType(label: string): string {
  return label.replace(/\s/g, '_');
}

/** Order of the written spans: (first fragment start, last fragment end, label, id), so re-reading keeps it. */
function compareWritten(x: { a: DatasetAnnotation; fragments: Fragment[] }, y: { a: DatasetAnnotation; fragments: Fragment[] }): number {
  const keys = (v: typeof x): [number, number, string, string] => [v.fragments[0]?.start ?? 0, v.fragments[v.fragments.length - 1]?.end ?? 0, v.a.label, v.a.id];
  const [xs, xe, xl, xi] = keys(x);
  const [ys, ye, yl, yi] = keys(y);
  if (xs !== ys) return xs - ys;
  if (xe !== ye) return xe - ye;
  if (xl !== yl) return xl < yl ? -1 : 1;
  return xi < yi ? -1 : xi > yi ? 1 : 0;
}

/** The `.ann` content of a document: `T` lines in text order of what is written, then `#` AnnotatorNotes lines. */
export function serializeBratAnn(document: DatasetDocument): string {
  const lines: string[] = [];
  const notes: string[] = [];
  const written = document.annotations.map((a) => ({ a, fragments: fragmentsOf(a) })).sort(compareWritten);
  written.forEach(({ a, fragments }, index) => {
    const offsets = fragments.map((f) => `${f.start} ${f.end}`).join(';');
    lines.push(`T${index + 1}\t${bratType(a.label)} ${offsets}\t${fragments.map((f) => f.text).join(' ').replace(/\n/g, ' ')}\n`);
    if (a.note !== undefined) notes.push(`#${notes.length + 1}\tAnnotatorNotes T${index + 1}\t${a.note.replace(/[\r\n]+/g, ' ')}\n`);
  });
  return [...lines, ...notes].join('');
}

/** A file-name stem from a document's source: no `builtin:`, no extension, only safe characters. */
function stemOf(source: string): string {
  const base = source.replace(/^builtin:/, '').replace(/\.[^.]*$/, '');
  const safe = base.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '');
  return safe === '' ? 'document' : safe;
}

/**
 * Writes brat standoff: per document `<stem>.txt` (the text) and `<stem>.ann`, the stem taken
 * from the document's source (made unique with `-2`, `-3`…). Offsets are code points; a span
 * containing `\n` is written as fragments `start end;start end` split at the newlines, with
 * their texts joined by a space as brat does; notes become `#n AnnotatorNotes Tn` lines (line
 * breaks in a note become spaces, since brat has no escape); white space in a label becomes `_`.
 */
export function serializeBrat(dataset: TagwerkDataset): NamedFile[] {
  const taken = new Set<string>();
  return dataset.documents.flatMap((document) => {
    const stem = stemOf(document.source);
    let name = stem;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}`;
    taken.add(name);
    return [
      { name: `${name}.txt`, content: document.text },
      { name: `${name}.ann`, content: serializeBratAnn(document) },
    ];
  });
}

/** One brat document as read from its two files; `name` is the stem, used as title and source. */
export interface BratDocumentFiles {
  readonly name: string;
  readonly txt: string;
  readonly ann: string;
}

function importedBratDocument(files: BratDocumentFiles, problems: FormatProblem[]): ImportedDocument {
  const read = parseBratAnn(files.txt, files.ann, `${files.name}.ann`);
  problems.push(...read.problems);
  return { path: `${files.name}.txt`, text: files.txt, title: files.name, source: `${files.name}.txt`, spans: read.spans };
}

/** Reads one brat document (`.txt` and `.ann` contents) into a dataset; see `bratFormat`. */
export function parseBratDocument(files: BratDocumentFiles, options?: ParseOptions): ParseResult {
  return parseBratDocuments([files], options);
}

function parseBratDocuments(list: readonly BratDocumentFiles[], options?: ParseOptions): ParseResult {
  const problems: FormatProblem[] = [];
  const documents = list.map((files) => importedBratDocument(files, problems));
  if (problems.length > 0) return { ok: false, problems };
  return importedDataset('brat', documents, options);
}

/**
 * The brat standoff adapter (code points). `parse` takes the files of a folder, pairs each
 * `.txt` with the `.ann` of the same stem (a `.txt` without one has no annotations; other files
 * such as annotation.conf are ignored) and uses the stem as title and `<stem>.txt` as source;
 * annotator, export time and language come from the options, annotation ids are derived.
 */
export const bratFormat: FolderFormatAdapter = {
  id: 'brat',
  offsetUnit: 'codepoint',
  serialize: serializeBrat,
  parse(files, options) {
    const byName = new Map(files.map((f) => [f.name, f.content]));
    const problems: FormatProblem[] = [];
    for (const f of files) {
      if (f.name.endsWith('.ann') && !byName.has(`${f.name.slice(0, -4)}.txt`)) problems.push({ path: f.name, message: 'has no .txt file of the same name' });
    }
    const list = files
      .filter((f) => f.name.endsWith('.txt'))
      .map((f) => ({ name: f.name.slice(0, -4), txt: f.content, ann: byName.get(`${f.name.slice(0, -4)}.ann`) ?? '' }));
    if (problems.length > 0) return { ok: false, problems };
    return parseBratDocuments(list, options);
  },
};
