import { z } from 'zod';
import { tokenizeGerman } from '../text/germanTokenizer';
import { createOffsetConverter } from '../text/offsetConverter';
import { tokenRange } from '../text/tokenRange';
import { annotatorSets, type AnnotatorSet } from './annotatorSets';
import type { DatasetAnnotation, TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { createLossTally } from './formatLoss';
import { type ImportedDocument, importedDataset, mergeDocumentsByText } from './importedDataset';
import type { ImportedRelation } from './importedRelations';
import { parseJsonLines, serializeJsonLines } from './jsonLines';

const offset = z.number().int().nonnegative();

/** A relation end as Prodigy writes it beside `head`/`child`: the span's characters and label (token indices optional). */
const RelationSpanSchema = z.object({ start: offset, end: offset, label: z.string().min(1) });

/** A Prodigy `rel.manual` relation: token indices of its two ends, the spans they lie in, and its label. */
const SpacyRelationSchema = z.object({
  head: z.number().int().optional(),
  child: z.number().int().optional(),
  head_span: RelationSpanSchema,
  child_span: RelationSpanSchema,
  label: z.string().min(1),
});
const countOf = (value: unknown): number => (Array.isArray(value) ? value.length : value !== null && typeof value === 'object' ? Object.keys(value).length : 0);

/** A Prodigy / spaCy span-categorisation record; `meta` keys other than ours are ignored, relations and choices counted. */
const SpacyRecordSchema = z.object({
  text: z.string().min(1),
  spans: z.array(z.object({ start: offset, end: offset, label: z.string().min(1) })).default([]),
  meta: z
    .object({
      id: z.unknown().optional(),
      title: z.string().optional(),
      language: z.string().optional(),
      source: z.string().optional(),
      annotator: z.string().min(1).optional(),
    })
    .optional(),
  relations: z.unknown().optional(),
  accept: z.unknown().optional(),
  cats: z.unknown().optional(),
});

/** The token indices (Tagwerk's German tokenizer, as the CoNLL export names it) of each span's first and last token, by annotation id. */
function tokenIndices(text: string, annotations: readonly DatasetAnnotation[]): Map<string, { first: number; last: number }> {
  const tokens = tokenizeGerman(text);
  const converter = createOffsetConverter(text);
  const out = new Map<string, { first: number; last: number }>();
  for (const a of annotations) {
    const range = tokenRange(tokens, converter.codePointToUtf16(a.start), converter.codePointToUtf16(a.end));
    if (range !== undefined) out.set(a.id, range);
  }
  return out;
}

/** The `relations` of one line as Prodigy's `rel.manual` writes them: `head`/`child` = the ends' last token, with `head_span`/`child_span`. */
function relationsOfSet(text: string, set: AnnotatorSet): object[] {
  const byId = new Map(set.annotations.map((a) => [a.id, a]));
  const tokens = tokenIndices(text, set.annotations);
  const end = (id: string) => {
    const a = byId.get(id) as DatasetAnnotation;
    const range = tokens.get(id);
    return { span: { start: a.start, end: a.end, ...(range !== undefined && { token_start: range.first, token_end: range.last }), label: a.label }, token: range?.last };
  };
  return set.relations.map((r) => {
    const head = end(r.from);
    const child = end(r.to);
    return { ...(head.token !== undefined && { head: head.token }), ...(child.token !== undefined && { child: child.token }), head_span: head.span, child_span: child.span, label: r.type };
  });
}

/**
 * Writes Prodigy-style JSONL for spaCy: one line per document and annotator, `{"text", "spans":
 * [{"start", "end", "label"}], "meta": {"id", "title", "language", "source", "annotator"}}`
 * (a document nobody tagged: one line without `annotator`); offsets are characters = code
 * points, as Python and `doc.char_span` count them; no span repeats within a line. A line whose
 * annotator made relations adds Prodigy's `"relations": [{"head", "child", "head_span",
 * "child_span", "label"}]` (token indices from Tagwerk's German tokenizer; the spans' character
 * offsets are what Tagwerk reads back).
 */
export function serializeSpacy(dataset: TagwerkDataset): string {
  return serializeJsonLines(
    dataset.documents.flatMap((d): object[] => {
      const meta = { id: d.id, title: d.title, language: d.language, source: d.source };
      const sets = annotatorSets(d);
      if (sets.length === 0) return [{ text: d.text, spans: [], meta }];
      return sets.map((set) => ({
        text: d.text,
        spans: set.annotations.map((a) => ({ start: a.start, end: a.end, label: a.label })),
        ...(set.relations.length > 0 && { relations: relationsOfSet(d.text, set) }),
        meta: { ...meta, annotator: set.annotator },
      }));
    }),
  );
}

/** The spans' refs (`line N:start-end-label`) and the line's relations between them; a relations value Prodigy would not write counts as lost. */
function lineRelations(value: unknown, where: string, losses: ReturnType<typeof createLossTally>): ImportedRelation[] {
  const parsed = z.array(SpacyRelationSchema).safeParse(value ?? []);
  if (!parsed.success) {
    losses.add('relation', `${where} relations`, countOf(value) || 1);
    return [];
  }
  const ref = (s: { start: number; end: number; label: string }) => `${where}:${s.start}-${s.end}-${s.label}`;
  return parsed.data.map((r, i) => ({ path: `${where} relations[${i}]`, from: ref(r.head_span), to: ref(r.child_span), type: r.label }));
}

/**
 * The spaCy/Prodigy JSONL adapter (code points). Title, language, source and annotator are read
 * back from `meta` when present (else the annotator from the parse options); lines with the same
 * text are one document. Prodigy `relations` are read by their `head_span`/`child_span` (a span
 * of the line with the same start, end and label); `accept` choices, `cats` and relations Tagwerk
 * cannot keep are counted as losses.
 * Export time comes from the parse options; ids are derived.
 */
export const spacyFormat: TextFormatAdapter = {
  id: 'spacy',
  offsetUnit: 'codepoint',
  serialize: serializeSpacy,
  parse(input, options) {
    const parsed = parseJsonLines(input, SpacyRecordSchema);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const losses = createLossTally();
    const documents: ImportedDocument[] = parsed.rows.map(({ line, value }) => {
      const where = `line ${line}`;
      losses.add('choice', `${where} accept`, countOf(value.accept));
      losses.add('category', `${where} cats`, countOf(value.cats));
      const annotator = value.meta?.annotator === undefined ? {} : { annotator: value.meta.annotator };
      return {
        path: where,
        text: value.text,
        id: value.meta?.id,
        ...(value.meta?.title !== undefined && { title: value.meta.title }),
        ...(value.meta?.language !== undefined && { language: value.meta.language }),
        ...(value.meta?.source !== undefined && { source: value.meta.source }),
        spans: value.spans.map((s, i) => ({ path: `${where} spans[${i}]`, start: s.start, end: s.end, label: s.label, ref: `${where}:${s.start}-${s.end}-${s.label}`, ...annotator })),
        relations: lineRelations(value.relations, where, losses),
      };
    });
    return importedDataset('spacy', mergeDocumentsByText(documents), options, losses.list());
  },
};
