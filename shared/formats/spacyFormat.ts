import { z } from 'zod';
import { annotatorSets } from './annotatorSets';
import type { TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { createLossTally } from './formatLoss';
import { type ImportedDocument, importedDataset, mergeDocumentsByText } from './importedDataset';
import { parseJsonLines, serializeJsonLines } from './jsonLines';

const offset = z.number().int().nonnegative();
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

/**
 * Writes Prodigy-style JSONL for spaCy: one line per document and annotator, `{"text", "spans":
 * [{"start", "end", "label"}], "meta": {"id", "title", "language", "source", "annotator"}}`
 * (a document nobody tagged: one line without `annotator`); offsets are characters = code
 * points, as Python and `doc.char_span` count them; no span repeats within a line.
 */
export function serializeSpacy(dataset: TagwerkDataset): string {
  return serializeJsonLines(
    dataset.documents.flatMap((d): object[] => {
      const meta = { id: d.id, title: d.title, language: d.language, source: d.source };
      const sets = annotatorSets(d);
      if (sets.length === 0) return [{ text: d.text, spans: [], meta }];
      return sets.map(({ annotator, annotations }) => ({
        text: d.text,
        spans: annotations.map((a) => ({ start: a.start, end: a.end, label: a.label })),
        meta: { ...meta, annotator },
      }));
    }),
  );
}

/**
 * The spaCy/Prodigy JSONL adapter (code points). Title, language, source and annotator are read
 * back from `meta` when present (else the annotator from the parse options); lines with the same
 * text are one document. Prodigy relations, `accept` choices and `cats` are counted as losses.
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
      losses.add('relation', `${where} relations`, countOf(value.relations));
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
        spans: value.spans.map((s, i) => ({ path: `${where} spans[${i}]`, start: s.start, end: s.end, label: s.label, ...annotator })),
      };
    });
    return importedDataset('spacy', mergeDocumentsByText(documents), options, losses.list());
  },
};
