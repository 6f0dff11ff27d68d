import { sortAnnotations } from '../annotation/annotationList';
import type { DatasetAnnotation, DatasetDocument } from './datasetSchema';

/**
 * A document's annotations per annotator, annotators in code-unit order and annotations in
 * (start, end, label) order, so formats that keep annotators apart write them deterministically.
 */
export function annotationsByAnnotator(document: DatasetDocument): Array<[string, DatasetAnnotation[]]> {
  const groups = new Map<string, DatasetAnnotation[]>();
  for (const a of sortAnnotations(document.annotations)) groups.set(a.annotator, [...(groups.get(a.annotator) ?? []), a]);
  return [...groups].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}
