import { sortAnnotations } from '../annotation/annotationList';
import { sortRelations } from '../relation/relationList';
import { DEFAULT_RELATION_TYPES, relationTypesForLabels } from '../relation/relationType';
import { TAGWERK_DATASET_VERSION, type DatasetAnnotation, type DatasetDocument, type DatasetRelation, type TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import type { ParseResult } from './formatAdapter';
import { parseJsonSafely } from './parseJsonSafely';
import { validateTagwerkDataset } from './validateTagwerkDataset';

/** The annotation's fields in DESIGN order; optional ones only when present. */
function orderedAnnotation(a: DatasetAnnotation): Record<string, unknown> {
  return {
    id: a.id,
    label: a.label,
    start: a.start,
    end: a.end,
    text: a.text,
    ...(a.prefix !== undefined && { prefix: a.prefix }),
    ...(a.suffix !== undefined && { suffix: a.suffix }),
    annotator: a.annotator,
    ...(a.createdAt !== undefined && { createdAt: a.createdAt }),
    ...(a.updatedAt !== undefined && { updatedAt: a.updatedAt }),
    ...(a.note !== undefined && { note: a.note }),
    ...(a.origin !== undefined && { origin: a.origin }),
  };
}

/** The relation's fields in DESIGN order; the note only when present. */
function orderedRelation(r: DatasetRelation): Record<string, unknown> {
  return { id: r.id, type: r.type, from: r.from, to: r.to, annotator: r.annotator, ...(r.note !== undefined && { note: r.note }) };
}

function orderedDocument(d: DatasetDocument): Record<string, unknown> {
  return {
    id: d.id,
    title: d.title,
    language: d.language,
    source: d.source,
    text: d.text,
    annotations: sortAnnotations(d.annotations).map(orderedAnnotation),
    relations: sortRelations(d.relations ?? []).map(orderedRelation),
  };
}

/**
 * Writes a dataset as tagwerk.dataset v2 exactly as `schemas/tagwerk.dataset.v2.schema.json` describes it (a version 1
 * dataset is written as version 2, declaring the default relation types its labels allow): fixed key order,
 * annotations sorted by (start, end, label, id), relations by (from, to, type, id), two-space
 * indent, LF, trailing newline, no BOM; `exportedAt` is the dataset's own, so the same dataset
 * always gives the same bytes and exports diff cleanly in git.
 */
export function serializeTagwerkDataset(dataset: TagwerkDataset): string {
  const ordered = {
    format: dataset.format,
    version: TAGWERK_DATASET_VERSION,
    exportedAt: dataset.exportedAt,
    annotator: dataset.annotator,
    offsetUnit: dataset.offsetUnit,
    labels: dataset.labels.map((l) => ({ id: l.id, name: l.name })),
    relationTypes: (dataset.relationTypes ?? relationTypesForLabels(DEFAULT_RELATION_TYPES, dataset.labels.map((l) => l.id))).map((t) => ({ id: t.id, name: t.name, from: t.from, to: t.to })),
    documents: dataset.documents.map(orderedDocument),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Reads tagwerk.dataset JSON of any layout (the written layout is not a condition): rejects
 * prototype-polluting keys, then validates with `TagwerkDatasetSchema`.
 */
export function parseTagwerkDataset(input: string): ParseResult {
  const json = parseJsonSafely(input);
  return json.ok ? validateTagwerkDataset(json.value) : { ok: false, problems: json.problems };
}

/** The tagwerk.dataset adapter (Tagwerk's own lossless format: reads versions 1 and 2, writes 2). */
export const tagwerkFormat: TextFormatAdapter = {
  id: 'tagwerk',
  offsetUnit: 'codepoint',
  parse: (input) => parseTagwerkDataset(input),
  serialize: serializeTagwerkDataset,
};
