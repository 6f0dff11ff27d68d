import { z } from 'zod';
import { annotatorSets, type AnnotatorSet } from './annotatorSets';
import type { TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { createLossTally } from './formatLoss';
import { type ImportedDocument, importedDataset, mergeDocumentsByText } from './importedDataset';
import type { ImportedRelation } from './importedRelations';
import { parseJsonLines, serializeJsonLines } from './jsonLines';

const offset = z.number().int().nonnegative();
const nonEmptyList = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
const entityId = z.union([z.number(), z.string()]);

/** A relation of doccano's relation-extraction layout: ends by entity id, and its type. */
const DoccanoRelationSchema = z.object({ id: z.unknown().optional(), from_id: entityId, to_id: entityId, type: z.string().min(1) });

/** A doccano sequence-labeling record: `label` triples, or the newer `entities` objects, with what we count but cannot keep. */
const DoccanoRecordSchema = z.object({
  id: z.unknown().optional(),
  text: z.string().min(1),
  annotator: z.string().min(1).optional(),
  label: z.array(z.tuple([offset, offset, z.string().min(1)])).optional(),
  entities: z.array(z.object({ id: entityId.optional(), label: z.string().min(1), start_offset: offset, end_offset: offset })).optional(),
  relations: z.unknown().optional(),
  cats: z.unknown().optional(),
  Comments: z.unknown().optional(),
  comments: z.unknown().optional(),
});

/** One line of doccano's relation-extraction layout: entities numbered from `next.entity`, relations from `next.relation`. */
function relationLine(d: TagwerkDataset['documents'][number], set: AnnotatorSet | undefined, next: { entity: number; relation: number }): object {
  const ids = new Map<string, number>();
  const entities = (set?.annotations ?? []).map((a) => {
    ids.set(a.id, next.entity);
    return { id: next.entity++, label: a.label, start_offset: a.start, end_offset: a.end };
  });
  const relations = (set?.relations ?? []).map((r) => ({ id: next.relation++, from_id: ids.get(r.from), to_id: ids.get(r.to), type: r.type }));
  return { id: d.id, text: d.text, entities, relations, ...(set !== undefined && { annotator: set.annotator }) };
}

/**
 * Writes doccano JSONL: one line per document and annotator with code-point offsets, `id` = the
 * document id and the annotator in an extra field (doccano keeps extra fields as the example's
 * metadata); a document nobody tagged is one line without `annotator`. Spans in (start, end,
 * label) order, none repeated. Without relations each line is sequence labeling's `{"id",
 * "text", "label": [[start, end, label]], "annotator"}`; when the dataset holds relations, the
 * whole file is in doccano's relation-extraction layout: `"entities": [{"id", "label",
 * "start_offset", "end_offset"}]` (ids numbered through the file) and `"relations": [{"id",
 * "from_id", "to_id", "type"}]`.
 */
export function serializeDoccano(dataset: TagwerkDataset): string {
  const withRelations = dataset.documents.some((d) => (d.relations ?? []).length > 0);
  const next = { entity: 1, relation: 1 };
  return serializeJsonLines(
    dataset.documents.flatMap((d): object[] => {
      const sets = annotatorSets(d);
      if (withRelations) return sets.length === 0 ? [relationLine(d, undefined, next)] : sets.map((set) => relationLine(d, set, next));
      if (sets.length === 0) return [{ id: d.id, text: d.text, label: [] }];
      return sets.map(({ annotator, annotations }) => ({ id: d.id, text: d.text, label: annotations.map((a) => [a.start, a.end, a.label]), annotator }));
    }),
  );
}

/** The relations of one line, ends named `line N:<entity id>`; a relations value doccano would not write counts as lost. */
function lineRelations(value: unknown, where: string, losses: ReturnType<typeof createLossTally>): ImportedRelation[] {
  const parsed = z.array(DoccanoRelationSchema).safeParse(value ?? []);
  if (!parsed.success) {
    losses.add('relation', `${where} relations`, nonEmptyList(value) || 1);
    return [];
  }
  return parsed.data.map((r, i) => ({ path: `${where} relations[${i}]`, from: `${where}:${r.from_id}`, to: `${where}:${r.to_id}`, type: r.type }));
}

/**
 * The doccano JSONL adapter (code points). Reads `label` triples and doccano's `entities`
 * (`start_offset`/`end_offset`) with their `relations` (`from_id`/`to_id` = entity ids of the
 * line, `type`), each line's `annotator` (else the parse options'); lines with the same text are
 * one document. Document categories (`cats`), comments and relations Tagwerk cannot keep are
 * counted as losses. doccano has no time, title, language or source: those come
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
      losses.add('category', `${where} cats`, nonEmptyList(value.cats));
      losses.add('comment', `${where} Comments`, nonEmptyList(value.Comments) + nonEmptyList(value.comments));
      const annotator = value.annotator === undefined ? {} : { annotator: value.annotator };
      return {
        path: where,
        text: value.text,
        id: value.id,
        spans: [
          ...(value.label ?? []).map(([start, end, label], i) => ({ path: `${where} label[${i}]`, start, end, label, ...annotator })),
          ...(value.entities ?? []).map((e, i) => ({ path: `${where} entities[${i}]`, start: e.start_offset, end: e.end_offset, label: e.label, ...(e.id !== undefined && { ref: `${where}:${e.id}` }), ...annotator })),
        ],
        relations: lineRelations(value.relations, where, losses),
      };
    });
    return importedDataset('doccano', mergeDocumentsByText(documents), options, losses.list());
  },
};
