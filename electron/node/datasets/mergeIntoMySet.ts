import type { Annotation } from '@shared/annotation/annotation';
import { sortAnnotations } from '@shared/annotation/annotationList';
import type { Relation } from '@shared/relation/relation';
import { relationKey } from '@shared/relation/relationProblems';
import { storableRelations } from '@shared/relation/storableRelations';

/** The outcome of adding imported annotations (and their relations) to my stored set. */
export interface MergedSet {
  /** The new set (stored + added), in text order. */
  readonly annotations: Annotation[];
  /** Imported annotations that were not in the set yet. */
  readonly added: number;
  /** Imported annotations whose id is in the set with another span or label: the stored one was kept. */
  readonly conflicts: readonly { readonly imported: Annotation; readonly stored: Annotation }[];
  /** My relations after the merge: the stored ones plus the imported ones that were new. */
  readonly relations: Relation[];
  /** Imported relations that were not in the set yet. */
  readonly relationsAdded: number;
  /** Imported relations already in the set (same type, from and to): skipped, so an import done twice adds none. */
  readonly relationsKept: number;
  /** Imported relations that could not be kept: an end was a conflict, or the type does not allow the pair. */
  readonly relationsDropped: readonly Relation[];
}

const spanKey = (a: Annotation): string => `${a.start}:${a.end}:${a.label}`;

/**
 * Adds imported annotations to my stored set without ever removing or changing stored work:
 * an annotation already present (same id, or same span and label) is skipped, one whose id is
 * taken by a different span or label is reported as a conflict and not added; so importing
 * the same file twice changes nothing. Imported relations follow their ends (onto the stored
 * tag where an end was already there); one whose end was a conflict or that the set cannot hold
 * is returned in `relationsDropped`, one already stored (same type, from, to) is skipped.
 */
export function mergeIntoMySet(stored: readonly Annotation[], imported: readonly Annotation[], storedRelations: readonly Relation[] = [], importedRelations: readonly Relation[] = []): MergedSet {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const spans = new Map(stored.map((a) => [spanKey(a), a.id]));
  const added: Annotation[] = [];
  const conflicts: { imported: Annotation; stored: Annotation }[] = [];
  /** Where each imported annotation id ended up in the merged set (absent: a conflict, not added). */
  const mergedId = new Map<string, string>();
  for (const a of imported) {
    const same = byId.get(a.id);
    if (same !== undefined) {
      if (spanKey(same) !== spanKey(a)) conflicts.push({ imported: a, stored: same });
      else mergedId.set(a.id, a.id);
      continue;
    }
    const twin = spans.get(spanKey(a));
    if (twin !== undefined) {
      mergedId.set(a.id, twin);
      continue;
    }
    added.push(a);
    mergedId.set(a.id, a.id);
    byId.set(a.id, a);
    spans.set(spanKey(a), a.id);
  }
  const annotations = added.length === 0 ? [...stored] : sortAnnotations([...stored, ...added]);
  const storedKeys = new Set(storedRelations.map(relationKey));
  const takenIds = new Set(storedRelations.map((r) => r.id));
  const candidates: Relation[] = [];
  const unplaced: Relation[] = [];
  let relationsKept = 0;
  for (const r of importedRelations) {
    const from = mergedId.get(r.from);
    const to = mergedId.get(r.to);
    if (from === undefined || to === undefined) {
      unplaced.push(r);
      continue;
    }
    const moved = { ...r, from, to };
    if (storedKeys.has(relationKey(moved))) {
      relationsKept++;
      continue;
    }
    let id = moved.id;
    for (let n = 2; takenIds.has(id); n++) id = `${moved.id}~${n}`;
    takenIds.add(id);
    candidates.push({ ...moved, id });
  }
  const { kept, dropped } = storableRelations(candidates, annotations);
  return { annotations, added: added.length, conflicts, relations: [...storedRelations, ...kept], relationsAdded: kept.length, relationsKept, relationsDropped: [...unplaced, ...dropped] };
}
