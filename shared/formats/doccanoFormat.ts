import { z } from 'zod';
import { annotatorSets } from './annotatorSets';
import type { TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { createLossTally } from './formatLoss';
import { type ImportedDocument, importedDataset, mergeDocumentsByText } from './importedDataset';
import { parseJsonLines, serializeJsonLines } from './jsonLines';

const offset = z.number().int().nonnegative();
const nonEmptyList = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** A doccano sequence-labeling record: `label` triples, or the newer `entities` objects, with what we count but cannot keep. */
const DoccanoRecordSchema = z.object({
  id: z.unknown().optional(),
  text: z.string().min(1),
  annotator: z.string().min(1).optional(),
  label: z.array(z.tuple([offset, offset, z.string().min(1)])).optional(),
  entities: z.array(z.object({ id: z.unknown().optional(), label: z.string().min(1), start_offset: offset, end_offset: offset })).optional(),
  relations: z.unknown().optional(),
  cats: z.unknown().optional(),
  Comments: z.unknown().optional(),
  comments: z.unknown().optional(),
});

/**
 * Writes doccano JSONL: one line per document and annotator, `{"id", "text", "label": [[start,
 * end, label]], "annotator"}` with code-point offsets, `id` = the document id and the annotator
 * in an extra field (doccano keeps extra fields as the example's metadata); a document nobody
 * tagged is one line without `annotator`. Spans in (start, end, label) order, none repeated.
 */
export function serializeDoccano(dataset: TagwerkDataset): string {
  return serializeJsonLines(
    dataset.documents.flatMap((d): object[] => {
      const sets = annotatorSets(d);
      if (sets.length === 0) return [{ id: d.id, text: d.text, label: [] }];
      return sets.map(({ annotator, annotations }) => ({ id: d.id, text: d.text, label: annotations.map((a) => [a.start, a.end, a.label]), annotator }));
    }),
  );
}

/**
 * The doccano JSONL adapter (code points). Reads `label` triples and doccano's `entities`
 * (`start_offset`/`end_offset`), each line's `annotator` (else the parse options'); lines with
 * the same text are one document. Relations, document categories (`cats`) and comments cannot be
 * kept and are counted as losses. doccano has no time, title, language or source: those come
 * from the parse options (title = the text's first line); annotation ids are derived.
 */
export const doccanoFormat: TextFormatAdapter = {
  id: 'doccano',
  offsetUnit: 'codepoint',
  serialize: serializeDoccano,
  parse(input, options) {
    const parsed = parseJsonLines(input, DoccanoRecordSchema);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const losses = createLossTally();
    const documents: ImportedDocument[] = parsed.rows.map(({ line, value }) => {
      const where = `line ${line}`;
      losses.add('relation', `${where} relations`, nonEmptyList(value.relations));
      losses.add('category', `${where} cats`, nonEmptyList(value.cats));
      losses.add('comment', `${where} Comments`, nonEmptyList(value.Comments) + nonEmptyList(value.comments));
      const annotator = value.annotator === undefined ? {} : { annotator: value.annotator };
      return {
        path: where,
        text: value.text,
        id: value.id,
        spans: [
          ...(value.label ?? []).map(([start, end, label], i) => ({ path: `${where} label[${i}]`, start, end, label, ...annotator })),
          ...(value.entities ?? []).map((e, i) => ({ path: `${where} entities[${i}]`, start: e.start_offset, end: e.end_offset, label: e.label, ...annotator })),
        ],
      };
    });
    return importedDataset('doccano', mergeDocumentsByText(documents), options, losses.list());
  },
};
