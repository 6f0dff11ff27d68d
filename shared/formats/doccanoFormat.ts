import { z } from 'zod';
import { sortAnnotations } from '../annotation/annotationList';
import type { TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { importedDataset, type ImportedSpan } from './importedDataset';
import { parseJsonLines, serializeJsonLines } from './jsonLines';

const offset = z.number().int().nonnegative();

/** A doccano sequence-labeling record: `label` triples, or the newer `entities` objects. */
const DoccanoRecordSchema = z.object({
  id: z.unknown().optional(),
  text: z.string().min(1),
  label: z.array(z.tuple([offset, offset, z.string().min(1)])).optional(),
  entities: z.array(z.object({ id: z.unknown().optional(), label: z.string().min(1), start_offset: offset, end_offset: offset })).optional(),
});

/**
 * Writes doccano JSONL: one line per document, `{"id", "text", "label": [[start, end, label]]}`
 * with code-point offsets and `id` = the document id; spans in (start, end, label) order.
 */
export function serializeDoccano(dataset: TagwerkDataset): string {
  return serializeJsonLines(
    dataset.documents.map((d) => ({
      id: d.id,
      text: d.text,
      label: sortAnnotations(d.annotations).map((a) => [a.start, a.end, a.label]),
    })),
  );
}

/**
 * The doccano JSONL adapter (code points). Reads `label` triples and doccano's `entities`
 * (`start_offset`/`end_offset`). doccano has no annotator, time, title, language or source:
 * those come from the parse options (title = the text's first line); annotation ids are derived.
 */
export const doccanoFormat: TextFormatAdapter = {
  id: 'doccano',
  offsetUnit: 'codepoint',
  serialize: serializeDoccano,
  parse(input, options) {
    const parsed = parseJsonLines(input, DoccanoRecordSchema);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const documents = parsed.rows.map(({ line, value }) => {
      const spans: ImportedSpan[] = [
        ...(value.label ?? []).map(([start, end, label], i) => ({ path: `line ${line} label[${i}]`, start, end, label })),
        ...(value.entities ?? []).map((e, i) => ({ path: `line ${line} entities[${i}]`, start: e.start_offset, end: e.end_offset, label: e.label })),
      ];
      return { path: `line ${line}`, text: value.text, id: value.id, spans };
    });
    return importedDataset('doccano', documents, options);
  },
};
