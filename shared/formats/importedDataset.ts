import { CONTEXT_CODE_POINTS } from '../annotation/annotationFromSelection';
import { DEFAULT_LABELS } from '../annotation/labelSet';
import { DEFAULT_RELATION_TYPES, relationTypesForLabels } from '../relation/relationType';
import { createOffsetConverter } from '../text/offsetConverter';
import { documentIdOf, isDocumentId } from '../text/documentId';
import { quoteContext } from '../text/selectionRange';
import { titleFromText } from '../text/titleFromText';
import { TAGWERK_DATASET_FORMAT, TAGWERK_DATASET_VERSION, type DatasetAnnotation, type DatasetDocument, type DatasetLabel } from './datasetSchema';
import type { ParseOptions, ParseResult } from './formatAdapter';
import { createLossTally, type FormatLoss } from './formatLoss';
import type { FormatProblem } from './formatProblem';
import { createRelationReading, resolveRelations, type ImportedRelation, type RelationReading } from './importedRelations';
import { excerpt, quoted } from './quoted';
import { validateTagwerkDataset } from './validateTagwerkDataset';

/** A span as a foreign format gives it, already converted to code points. */
export interface ImportedSpan {
  /** Where the span is in the input, for problem messages (e.g. `line 2 label[0]`). */
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly id?: string;
  /** The name the format's relations use for this span (a brat `T3`, a doccano entity id), unique in its document. */
  readonly ref?: string;
  /** The quote the format stores, if any; it must equal the slice. */
  readonly quote?: string;
  readonly note?: string;
  readonly annotator?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/** A document as a foreign format gives it. */
export interface ImportedDocument {
  readonly path: string;
  readonly text: string;
  /** A document id the format stored; checked against the text when it looks like one. */
  readonly id?: unknown;
  readonly title?: string;
  readonly language?: string;
  readonly source?: string;
  readonly spans: readonly ImportedSpan[];
  /** Relations between the spans, by their `ref`s. */
  readonly relations?: readonly ImportedRelation[];
}

/**
 * Documents of the same text joined into one (the first keeps its path, id and metadata; spans
 * follow in input order), for formats that write a document once per annotator.
 */
export function mergeDocumentsByText(documents: readonly ImportedDocument[]): ImportedDocument[] {
  const byText = new Map<string, ImportedDocument>();
  for (const d of documents) {
    const first = byText.get(d.text);
    byText.set(d.text, first === undefined ? d : { ...first, spans: [...first.spans, ...d.spans], relations: [...(first.relations ?? []), ...(d.relations ?? [])] });
  }
  return [...byText.values()];
}

/** Stable id for a span that has none in its format: same file, same ids (re-import changes nothing). */
function derivedId(documentId: string, span: ImportedSpan, taken: Set<string>): string {
  const base = `${documentId.slice('sha256:'.length, 'sha256:'.length + 12)}:${span.start}-${span.end}:${span.label}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}:${n}`;
  return id;
}

function importDocument(doc: ImportedDocument, format: string, options: ParseOptions, annotator: string, taken: Set<string>, problems: FormatProblem[], relations: RelationReading): DatasetDocument {
  const id = documentIdOf(doc.text);
  if (isDocumentId(doc.id) && doc.id !== id) {
    problems.push({ path: doc.path, code: 'documentIdMismatch', id: excerpt(doc.id), actual: id, message: `document id ${doc.id} is not the sha256 of its text (${id}): the text was changed` });
  }
  const converter = createOffsetConverter(doc.text);
  const annotations: DatasetAnnotation[] = [];
  const byRef = new Map<string, DatasetAnnotation>();
  for (const span of doc.spans) {
    const inRange = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= converter.codePointLength;
    if (!inRange) {
      problems.push({ path: span.path, code: 'spanOutOfText', start: span.start, end: span.end, length: converter.codePointLength, message: `span ${span.start}..${span.end} is not a non-empty range within 0..${converter.codePointLength} code points` });
      continue;
    }
    const from = converter.codePointToUtf16(span.start);
    const to = converter.codePointToUtf16(span.end);
    const text = doc.text.slice(from, to);
    if (span.quote !== undefined && span.quote !== text) {
      problems.push({ path: span.path, code: 'quoteMismatch', start: span.start, end: span.end, found: excerpt(text), quote: excerpt(span.quote), message: `document ${id}: span ${span.start}..${span.end} reads ${quoted(text)} but the file quotes ${quoted(span.quote)}` });
      continue;
    }
    const annotationId = span.id ?? derivedId(id, span, taken);
    taken.add(annotationId);
    const { prefix, suffix } = quoteContext(doc.text, from, to, CONTEXT_CODE_POINTS);
    const annotation: DatasetAnnotation = {
      id: annotationId,
      label: span.label,
      start: span.start,
      end: span.end,
      text,
      prefix,
      suffix,
      annotator: span.annotator ?? annotator,
      ...(span.createdAt !== undefined && { createdAt: span.createdAt }),
      ...(span.updatedAt !== undefined && { updatedAt: span.updatedAt }),
      ...(span.note !== undefined && { note: span.note }),
    };
    annotations.push(annotation);
    if (span.ref !== undefined) byRef.set(span.ref, annotation);
  }
  return {
    id,
    title: doc.title ?? titleFromText(doc.text),
    language: doc.language ?? options.language ?? 'de',
    source: doc.source ?? options.source ?? `${format}-import`,
    text: doc.text,
    annotations,
    relations: resolveRelations(doc.relations ?? [], byRef, relations),
  };
}

/** The starting label set plus every used label it lacks (name = id), in order of first use. */
function labelsFor(documents: readonly DatasetDocument[], start: readonly DatasetLabel[]): DatasetLabel[] {
  const labels = start.map((l) => ({ id: l.id, name: l.name }));
  const known = new Set(labels.map((l) => l.id));
  for (const a of documents.flatMap((d) => d.annotations)) {
    if (!known.has(a.label)) labels.push({ id: a.label, name: a.label });
    known.add(a.label);
  }
  return labels;
}

/**
 * Builds a dataset from what a lossy format gave (texts and code-point spans): document ids are
 * the sha256 of the texts, quotes and 32-code-point prefix/suffix are taken from the text, a
 * stored quote that differs from the slice is a problem (never fixed), missing annotation ids
 * are derived from (document, start, end, label), and annotator / exportedAt / language /
 * source / labels come from `options`. Relations between spans (by their `ref`s) are resolved
 * as `resolveRelations` says, declaring Tagwerk's relation types and any foreign ones. The result
 * is validated like any tagwerk import and carries the `losses` the format's reader counted plus
 * the relations that could not be kept.
 */
export function importedDataset(format: string, documents: readonly ImportedDocument[], options: ParseOptions = {}, losses: readonly FormatLoss[] = []): ParseResult {
  const problems: FormatProblem[] = [];
  if (options.annotator === undefined) problems.push({ path: '', code: 'annotatorRequired', format, message: `${format} files name no annotator: options.annotator is required` });
  if (options.exportedAt === undefined) problems.push({ path: '', code: 'exportTimeRequired', format, message: `${format} files carry no export time: options.exportedAt is required` });
  if (documents.length === 0) problems.push({ path: '', code: 'noDocument', message: 'the input holds no document' });
  const taken = new Set(documents.flatMap((d) => d.spans.flatMap((s) => (s.id === undefined ? [] : [s.id]))));
  const tally = createLossTally();
  for (const loss of losses) tally.add(loss.kind, loss.first, loss.count);
  const startLabels = options.labels ?? DEFAULT_LABELS;
  const relations = createRelationReading(relationTypesForLabels(DEFAULT_RELATION_TYPES, startLabels.map((l) => l.id)), tally);
  const built = documents.map((d) => importDocument(d, format, options, options.annotator ?? '', taken, problems, relations));
  if (problems.length > 0) return { ok: false, problems };
  const validated = validateTagwerkDataset({
    format: TAGWERK_DATASET_FORMAT,
    version: TAGWERK_DATASET_VERSION,
    exportedAt: options.exportedAt,
    annotator: options.annotator,
    offsetUnit: 'codepoint',
    labels: labelsFor(built, startLabels),
    relationTypes: relations.types,
    documents: built,
  });
  return validated.ok ? { ...validated, losses: tally.list() } : validated;
}
