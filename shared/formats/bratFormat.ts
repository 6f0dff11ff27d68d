import { annotatorSets, type AnnotatorSet } from './annotatorSets';
import { bratConf, bratType } from './bratConf';
import type { DatasetAnnotation, DatasetDocument, DatasetRelation, TagwerkDataset } from './datasetSchema';
import type { FolderFormatAdapter, NamedFile, ParseOptions, ParseResult } from './formatAdapter';
import { createLossTally } from './formatLoss';
import type { FormatProblem } from './formatProblem';
import { type ImportedDocument, importedDataset, mergeDocumentsByText } from './importedDataset';
import { parseBratAnn } from './bratParse';

/** One code-point fragment of a brat text-bound annotation. */
interface Fragment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Splits a span at the line breaks strictly inside it (brat draws no span across lines); line
 * breaks at its start or end stay inside its first or last fragment, so the range read back is
 * exactly the range written. A span of line breaks only stays one fragment.
 */
function fragmentsOf(a: DatasetAnnotation): Fragment[] {
  const chars = Array.from(a.text);
  let lead = 0;
  while (lead < chars.length && chars[lead] === '\n') lead++;
  let trail = chars.length;
  while (trail > lead && chars[trail - 1] === '\n') trail--;
  if (lead === trail) return [{ start: a.start, end: a.end, text: a.text }];
  const fragments: Fragment[] = [];
  let runStart = 0;
  for (let i = lead; i <= trail; i++) {
    if (i < trail && chars[i] !== '\n') continue;
    if (i > lead && chars[i - 1] !== '\n') fragments.push({ start: a.start + runStart, end: a.start + i, text: chars.slice(runStart, i).join('') });
    runStart = i + 1;
  }
  // The first fragment keeps the leading line breaks, the last the trailing ones.
  const first = fragments[0] as Fragment;
  fragments[0] = { start: a.start, end: first.end, text: chars.slice(0, first.end - a.start).join('') };
  const last = fragments[fragments.length - 1] as Fragment;
  fragments[fragments.length - 1] = { start: last.start, end: a.end, text: chars.slice(last.start - a.start).join('') };
  return fragments;
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

/**
 * The `.ann` content of one annotator's annotations and relations: `T` lines in text order of
 * what is written, `R` lines (`Rn<TAB>type Arg1:Tx Arg2:Ty`) in relation order, then `#`
 * AnnotatorNotes lines (on tags and relations). In the text field line breaks are spaces (as brat
 * joins fragments); a note's line breaks become spaces too, since brat's format has no way to write them.
 */
export function serializeBratAnn(annotations: readonly DatasetAnnotation[], relations: readonly DatasetRelation[] = []): string {
  const lines: string[] = [];
  const notes: string[] = [];
  const note = (target: string, text: string | undefined) => {
    if (text !== undefined) notes.push(`#${notes.length + 1}\tAnnotatorNotes ${target}\t${text.replace(/[\r\n]+/g, ' ')}\n`);
  };
  const bratIds = new Map<string, string>();
  const written = annotations.map((a) => ({ a, fragments: fragmentsOf(a) })).sort(compareWritten);
  written.forEach(({ a, fragments }, index) => {
    const offsets = fragments.map((f) => `${f.start} ${f.end}`).join(';');
    bratIds.set(a.id, `T${index + 1}`);
    lines.push(`T${index + 1}\t${bratType(a.label)} ${offsets}\t${fragments.map((f) => f.text).join(' ').replace(/\n/g, ' ')}\n`);
    note(`T${index + 1}`, a.note);
  });
  relations.forEach((r, index) => {
    lines.push(`R${index + 1}\t${bratType(r.type)} Arg1:${bratIds.get(r.from) ?? ''} Arg2:${bratIds.get(r.to) ?? ''}\n`);
    note(`R${index + 1}`, r.note);
  });
  return [...lines, ...notes].join('');
}

/** A file or folder name from any string: no `builtin:`, no extension, only safe characters. */
function stemOf(source: string): string {
  const base = source.replace(/^builtin:/, '').replace(/\.[^.]*$/, '');
  const safe = base.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '');
  return safe === '' ? 'document' : safe;
}

/** Unique names for a list: the stem, then `-2`, `-3`… */
function uniqueNames(stems: readonly string[]): string[] {
  const taken = new Set<string>();
  return stems.map((stem) => {
    let name = stem;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}`;
    taken.add(name);
    return name;
  });
}

function documentFiles(dataset: TagwerkDataset, names: readonly string[], folder: string, setOf: (d: DatasetDocument) => AnnotatorSet | undefined): NamedFile[] {
  return [
    { name: `${folder}annotation.conf`, content: bratConf(dataset) },
    ...dataset.documents.flatMap((document, i) => [
      { name: `${folder}${names[i] ?? ''}.txt`, content: document.text },
      { name: `${folder}${names[i] ?? ''}.ann`, content: serializeBratAnn(setOf(document)?.annotations ?? [], setOf(document)?.relations ?? []) },
    ]),
  ];
}

/**
 * Writes brat standoff: per document `<stem>.txt` (the text) and `<stem>.ann`, the stem taken
 * from the document's source (made unique with `-2`, `-3`…), and an `annotation.conf` that
 * declares every label and allows any overlap, so brat shows the files and its verifier accepts
 * them. With one annotator the files lie in the folder itself; with several, each annotator gets
 * a sub-folder (named after them) holding every document with only their spans, so two people's
 * work is never merged and no span repeats for one annotator. Offsets are code points.
 */
export function serializeBrat(dataset: TagwerkDataset): NamedFile[] {
  const names = uniqueNames(dataset.documents.map((d) => stemOf(d.source)));
  const annotators = [...new Set(dataset.documents.flatMap((d) => d.annotations.map((a) => a.annotator)))].sort();
  if (annotators.length <= 1) return documentFiles(dataset, names, '', (d) => annotatorSets(d)[0]);
  const folders = uniqueNames(annotators.map(stemOf));
  return annotators.flatMap((annotator, i) => documentFiles(dataset, names, `${folders[i] ?? ''}/`, (d) => annotatorSets(d).find((set) => set.annotator === annotator)));
}

/** One brat document as read from its two files; `name` is the stem, used as title and source; `annotator` names whose spans they are. */
export interface BratDocumentFiles {
  readonly name: string;
  readonly txt: string;
  readonly ann: string;
  readonly annotator?: string;
}

/** Reads one brat document (`.txt` and `.ann` contents) into a dataset; see `bratFormat`. */
export function parseBratDocument(files: BratDocumentFiles, options?: ParseOptions): ParseResult {
  return parseBratDocuments([files], options);
}

function parseBratDocuments(list: readonly BratDocumentFiles[], options?: ParseOptions): ParseResult {
  const problems: FormatProblem[] = [];
  const losses = createLossTally();
  const documents: ImportedDocument[] = list.map((files) => {
    const where = files.annotator === undefined ? files.name : `${files.annotator}/${files.name}`;
    const read = parseBratAnn(files.txt, files.ann, `${where}.ann`, losses);
    problems.push(...read.problems);
    // Refs are made unique per file, since the same text in several annotators' folders is one document.
    const spans = read.spans.map((s) => ({ ...s, ref: `${where}:${s.ref ?? ''}`, ...(files.annotator !== undefined && { annotator: files.annotator }) }));
    const relations = read.relations.map((r) => ({ ...r, from: `${where}:${r.from}`, to: `${where}:${r.to}` }));
    return { path: `${where}.txt`, text: files.txt, title: files.name, source: `${files.name}.txt`, spans, relations };
  });
  if (problems.length > 0) return { ok: false, problems };
  return importedDataset('brat', mergeDocumentsByText(documents), options, losses.list());
}

/**
 * The brat standoff adapter (code points). `parse` takes the files of a folder, pairs each
 * `.txt` with the `.ann` of the same path (a `.txt` without one has no annotations; other files
 * such as annotation.conf are ignored); files in a sub-folder are that annotator's (as
 * `serialize` writes them), the same text in several sub-folders is one document. The stem is
 * the title and `<stem>.txt` the source; annotator (for files at the top), export time and
 * language come from the options, annotation ids are derived.
 */
export const bratFormat: FolderFormatAdapter = {
  id: 'brat',
  offsetUnit: 'codepoint',
  serialize: serializeBrat,
  parse(files, options) {
    const byName = new Map(files.map((f) => [f.name, f.content]));
    const problems: FormatProblem[] = [];
    for (const f of files) {
      if (f.name.endsWith('.ann') && !byName.has(`${f.name.slice(0, -4)}.txt`)) problems.push({ path: f.name, code: 'bratMissingText', message: 'has no .txt file of the same name' });
    }
    if (problems.length > 0) return { ok: false, problems };
    const list = files
      .filter((f) => f.name.endsWith('.txt'))
      .map((f) => {
        const path = f.name.slice(0, -4);
        const slash = path.lastIndexOf('/');
        const ann = byName.get(`${path}.ann`) ?? '';
        return slash < 0 ? { name: path, txt: f.content, ann } : { name: path.slice(slash + 1), txt: f.content, ann, annotator: path.slice(0, slash) };
      });
    return parseBratDocuments(list, options);
  },
};
