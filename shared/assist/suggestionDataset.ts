import { DEFAULT_LABELS } from '../annotation/labelSet';
import { TAGWERK_DATASET_FORMAT, TAGWERK_DATASET_VERSION, type DatasetDocument, type TagwerkDataset } from '../formats/datasetSchema';
import { DEFAULT_RELATION_TYPES } from '../relation/relationType';
import { documentIdOf } from '../text/documentId';
import type { Suggestions } from './suggestion';

/** One text with what the assist suggested for it, and where it came from. */
export interface SuggestedText {
  readonly text: string;
  readonly title: string;
  readonly source: string;
  readonly suggestions: Suggestions;
}

/**
 * A tagwerk.dataset v2 holding suggestions as `annotator`'s tags with `origin: "assist"` and
 * their `source` relations; ids are prefixed with the document's hash, so they stay unique in a
 * file of many documents and the same texts always give the same ids.
 */
export function suggestionDataset(texts: readonly SuggestedText[], annotator: string, exportedAt: string): TagwerkDataset {
  const documents: DatasetDocument[] = texts.map(({ text, title, source, suggestions }) => {
    const id = documentIdOf(text);
    const prefix = id.slice('sha256:'.length, 'sha256:'.length + 12);
    return {
      id,
      title,
      language: 'de',
      source,
      text,
      annotations: suggestions.annotations.map((s) => ({ id: `${prefix}-${s.id}`, label: s.label, start: s.start, end: s.end, text: s.text, annotator, origin: 'assist' as const })),
      relations: suggestions.relations.map((r) => ({ id: `${prefix}-${r.id}`, type: r.type, from: `${prefix}-${r.from}`, to: `${prefix}-${r.to}`, annotator })),
    };
  });
  return {
    format: TAGWERK_DATASET_FORMAT,
    version: TAGWERK_DATASET_VERSION,
    exportedAt,
    annotator,
    offsetUnit: 'codepoint',
    labels: DEFAULT_LABELS.map((l) => ({ id: l.id, name: l.name })),
    relationTypes: DEFAULT_RELATION_TYPES.map((t) => ({ ...t, from: [...t.from], to: [...t.to] })),
    documents,
  };
}
