import { sortAnnotations } from '../annotation/annotationList';
import type { DatasetAnnotation, DatasetDocument } from './datasetSchema';

/** One annotator's annotations of a document, as a training format writes them. */
export interface AnnotatorSet {
  readonly annotator: string;
  readonly annotations: readonly DatasetAnnotation[];
}

/**
 * A document's annotations split by annotator (names in code-unit order, so exports are
 * deterministic), each set sorted by (start, end, label) and holding a (start, end, label) once:
 * training formats must never merge two people's work into one list or repeat a span.
 */
export function annotatorSets(document: DatasetDocument): AnnotatorSet[] {
  const byAnnotator = new Map<string, DatasetAnnotation[]>();
  for (const a of sortAnnotations(document.annotations)) {
    const list = byAnnotator.get(a.annotator) ?? [];
    if (list.length === 0) byAnnotator.set(a.annotator, list);
    const last = list[list.length - 1];
    if (last !== undefined && last.start === a.start && last.end === a.end && last.label === a.label) continue;
    list.push(a);
  }
  return [...byAnnotator.keys()].sort().map((annotator) => ({ annotator, annotations: byAnnotator.get(annotator) ?? [] }));
}
