import { CONTEXT_CODE_POINTS } from '../annotation/annotationFromSelection';
import { canonicalOffsets, type CanonicalChanges, type UnmappableReason } from '../text/canonicalOffsets';
import { documentIdOf } from '../text/documentId';
import { createOffsetConverter } from '../text/offsetConverter';
import { quoteContext } from '../text/selectionRange';
import type { DatasetAnnotation, DatasetDocument, TagwerkDataset } from './datasetSchema';
import type { FormatProblem } from './formatProblem';
import { quoted } from './quoted';
import { canonicalAnnotator } from '../text/canonicalAnnotator';
import { canonicalNote } from '../annotation/annotationList';

/** One document whose text was not canonical: where it was, its id before and after, and what changed. */
export interface CanonicalizedDocument {
  /** JSON path of the document in the file, e.g. `documents[0]`. */
  readonly path: string;
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly changes: CanonicalChanges;
  /** Annotations whose offsets were mapped onto the canonical text. */
  readonly spansMapped: number;
}

export type CanonicalDatasetResult =
  | { readonly ok: true; readonly dataset: TagwerkDataset; readonly canonicalized: readonly CanonicalizedDocument[] }
  | { readonly ok: false; readonly problems: readonly FormatProblem[] };

const REASONS: Record<UnmappableReason, string> = {
  'inside-line-break': 'between the CR and the LF of a line break (the canonical text has one LF there)',
  'inside-composed-character': 'inside a character that NFC writes as one code point (a letter and its accent)',
};

/** What the canonical form changed, in a few words (`CR LF line ends → LF, NFC, byte-order mark removed`). */
export function canonicalChangeWords(changes: CanonicalChanges): string {
  const words: string[] = [];
  if (changes.lineEnds > 0) words.push(`${changes.lineEnds} CR line end${changes.lineEnds === 1 ? '' : 's'} → LF`);
  if (changes.nfc) words.push('NFC');
  if (changes.bom) words.push('byte-order mark removed');
  return words.join(', ');
}

/** One line saying that a document was made canonical and its spans mapped, for the CLI and the import summary. */
export function canonicalizedLine(doc: CanonicalizedDocument): string {
  return `${doc.path} ${quoted(doc.title)}: the text was made canonical (${canonicalChangeWords(doc.changes)}), so the document is ${doc.to} (the file says ${doc.from}); ${doc.spansMapped} span${doc.spansMapped === 1 ? '' : 's'} mapped onto it`;
}

function canonicalDocument(doc: DatasetDocument, path: string, problems: FormatProblem[]): { doc: DatasetDocument; note?: CanonicalizedDocument } {
  const result = canonicalOffsets(doc.text, doc.annotations.flatMap((a) => [a.start, a.end]));
  if (result.text === doc.text) return { doc };
  const converter = createOffsetConverter(result.text);
  const annotations: DatasetAnnotation[] = [];
  doc.annotations.forEach((a, index) => {
    const where = `${path}.annotations[${index}]`;
    const span = `span ${a.start}..${a.end} (${quoted(a.label)}, ${quoted(a.text)})`;
    for (const field of ['start', 'end'] as const) {
      const reason = result.unmappable.get(a[field]);
      if (reason === undefined) continue;
      problems.push({
        path: `${where}.${field}`,
        code: reason === 'inside-line-break' ? 'spanInLineBreak' : 'spanInComposedCharacter', start: a.start, end: a.end,
        message: `${span} cannot be placed on the canonical text (NFC, LF line ends, no byte-order mark): its ${field} lies ${REASONS[reason]}`,
      });
    }
    const start = result.mapped.get(a.start);
    const end = result.mapped.get(a.end);
    if (start === undefined || end === undefined) return;
    if (end <= start) {
      problems.push({ path: where, code: 'spanOnlyByteOrderMark', start: a.start, end: a.end, message: `${span} holds nothing but a byte-order mark, which the canonical text drops` });
      return;
    }
    const from = converter.codePointToUtf16(start);
    const to = converter.codePointToUtf16(end);
    const context = quoteContext(result.text, from, to, CONTEXT_CODE_POINTS);
    annotations.push({
      ...a,
      start,
      end,
      text: result.text.slice(from, to),
      ...(a.prefix !== undefined && { prefix: context.prefix }),
      ...(a.suffix !== undefined && { suffix: context.suffix }),
    });
  });
  const id = documentIdOf(result.text);
  const note = { path, title: doc.title, from: doc.id, to: id, changes: result.changes, spansMapped: annotations.length };
  return { doc: { ...doc, id, text: result.text, annotations }, note };
}

/** Documents with the same (now canonical) text joined into the first, as one stored document would hold them. */
function joinSameText(documents: readonly DatasetDocument[]): DatasetDocument[] {
  const byId = new Map<string, DatasetDocument>();
  for (const d of documents) {
    const first = byId.get(d.id);
    byId.set(d.id, first === undefined ? d : { ...first, annotations: [...first.annotations, ...d.annotations], relations: [...(first.relations ?? []), ...(d.relations ?? [])] });
  }
  return [...byId.values()];
}

/**
 * Makes every document text of a validated dataset canonical, as an opened file's text is
 * (NFC, LF line ends, no leading byte-order mark), so the same article is one document however it
 * arrives: its id is derived again, every span is mapped exactly onto the new text (code points;
 * quotes and context taken from it), and documents that now share a text are joined. A span that
 * cannot be mapped exactly (its offset between CR and LF, inside a letter NFC composes, or over
 * nothing but a byte-order mark) is a problem naming it: nothing is guessed. Annotator names are
 * made canonical too (NFC, trimmed: canonicalAnnotator), so one colleague is one set whichever way their name was typed,
 * and notes of tags and relations are NFC as the app stores a typed note (canonicalNote).
 */
export function canonicalDataset(dataset: TagwerkDataset): CanonicalDatasetResult {
  const problems: FormatProblem[] = [];
  const canonicalized: CanonicalizedDocument[] = [];
  const documents = dataset.documents.map((d, index) => {
    const { doc, note } = canonicalDocument(d, `documents[${index}]`, problems);
    if (note !== undefined) canonicalized.push(note);
    return {
      ...doc,
      annotations: doc.annotations.map((a) => ({ ...a, annotator: canonicalAnnotator(a.annotator), ...(a.note !== undefined && { note: canonicalNote(a.note) }) })),
      ...(doc.relations !== undefined && {
        relations: doc.relations.map((r) => ({ ...r, annotator: canonicalAnnotator(r.annotator), ...(r.note !== undefined && { note: canonicalNote(r.note) }) })),
      }),
    };
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: { ...dataset, annotator: canonicalAnnotator(dataset.annotator), documents: joinSameText(documents) }, canonicalized };
}
