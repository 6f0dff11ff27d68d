import { sortAnnotations } from '../annotation/annotationList';
import { relationKey } from '../relation/relationProblems';
import type { DatasetAnnotation, DatasetDocument, DatasetRelation } from './datasetSchema';

/** One annotator's annotations of a document and the relations between them, as a training format writes them. */
export interface AnnotatorSet {
  readonly annotator: string;
  readonly annotations: readonly DatasetAnnotation[];
  /** The annotator's relations, their ends moved onto the annotations kept (a dropped repeat's relations go to its twin), each (type, from, to) once. */
  readonly relations: readonly DatasetRelation[];
}

/**
 * A document's annotations split by annotator (names in code-unit order, so exports are
 * deterministic), each set sorted by (start, end, label) and holding a (start, end, label) once:
 * training formats must never merge two people's work into one list or repeat a span. Each set
 * carries its annotator's relations in text order of their ends.
 */
export function annotatorSets(document: DatasetDocument): AnnotatorSet[] {
  const byAnnotator = new Map<string, DatasetAnnotation[]>();
  const keptId = new Map<string, string>();
  for (const a of sortAnnotations(document.annotations)) {
    const list = byAnnotator.get(a.annotator) ?? [];
    if (list.length === 0) byAnnotator.set(a.annotator, list);
    const last = list[list.length - 1];
    if (last !== undefined && last.start === a.start && last.end === a.end && last.label === a.label) {
      keptId.set(a.id, last.id);
      continue;
    }
    list.push(a);
  }
  const relationsOf = (annotator: string): DatasetRelation[] => {
    const seen = new Set<string>();
    const out: DatasetRelation[] = [];
    const position = new Map((byAnnotator.get(annotator) ?? []).map((a, i) => [a.id, i]));
    for (const r of document.relations ?? []) {
      if (r.annotator !== annotator) continue;
      const moved = { ...r, from: keptId.get(r.from) ?? r.from, to: keptId.get(r.to) ?? r.to };
      const key = relationKey(moved);
      if (moved.from === moved.to || seen.has(key)) continue;
      seen.add(key);
      out.push(moved);
    }
    // Ordered by where the ends are in the text (not by ids, which a format may not keep), so a re-import writes the same file.
    const at = (id: string) => position.get(id) ?? -1;
    return out.sort((x, y) => at(x.from) - at(y.from) || at(x.to) - at(y.to) || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0));
  };
  return [...byAnnotator.keys()].sort().map((annotator) => ({ annotator, annotations: byAnnotator.get(annotator) ?? [], relations: relationsOf(annotator) }));
}
