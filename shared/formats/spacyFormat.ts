import { z } from 'zod';
import { sortAnnotations } from '../annotation/annotationList';
import type { TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { importedDataset } from './importedDataset';
import { parseJsonLines, serializeJsonLines } from './jsonLines';

const offset = z.number().int().nonnegative();

/** A Prodigy / spaCy span-categorisation record; `meta` keys other than ours are ignored. */
const SpacyRecordSchema = z.object({
  text: z.string().min(1),
  spans: z.array(z.object({ start: offset, end: offset, label: z.string().min(1) })).default([]),
  meta: z.object({
    id: z.unknown().optional(),
    title: z.string().optional(),
    language: z.string().optional(),
    source: z.string().optional(),
  }).optional(),
});

/**
 * Writes Prodigy-style JSONL for spaCy: `{"text", "spans": [{"start", "end", "label"}], "meta":
 * {"id", "title", "language", "source"}}` per document; offsets are characters = code points, as
 * Python and `doc.char_span` count them.
 */
export function serializeSpacy(dataset: TagwerkDataset): string {
  return serializeJsonLines(
    dataset.documents.map((d) => ({
      text: d.text,
      spans: sortAnnotations(d.annotations).map((a) => ({ start: a.start, end: a.end, label: a.label })),
      meta: { id: d.id, title: d.title, language: d.language, source: d.source },
    })),
  );
}

/**
 * The spaCy/Prodigy JSONL adapter (code points). Title, language and source are read back from
 * `meta` when present; annotator and export time come from the parse options; ids are derived.
 */
export const spacyFormat: TextFormatAdapter = {
  id: 'spacy',
  offsetUnit: 'codepoint',
  serialize: serializeSpacy,
  parse(input, options) {
    const parsed = parseJsonLines(input, SpacyRecordSchema);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const documents = parsed.rows.map(({ line, value }) => ({
      path: `line ${line}`,
      text: value.text,
      id: value.meta?.id,
      ...(value.meta?.title !== undefined && { title: value.meta.title }),
      ...(value.meta?.language !== undefined && { language: value.meta.language }),
      ...(value.meta?.source !== undefined && { source: value.meta.source }),
      spans: value.spans.map((s, i) => ({ path: `line ${line} spans[${i}]`, start: s.start, end: s.end, label: s.label })),
    }));
    return importedDataset('spacy', documents, options);
  },
};
