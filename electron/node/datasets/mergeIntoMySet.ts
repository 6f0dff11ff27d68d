import type { Annotation } from '../../../shared/annotation/annotation';
import { sortAnnotations } from '../../../shared/annotation/annotationList';

/** The outcome of adding imported annotations to my stored set. */
export interface MergedSet {
  /** The new set (stored + added), in text order. */
  readonly annotations: Annotation[];
  /** Imported annotations that were not in the set yet. */
  readonly added: number;
  /** Imported annotations whose id is in the set with another span or label: the stored one was kept. */
  readonly conflicts: readonly { readonly imported: Annotation; readonly stored: Annotation }[];
}

const spanKey = (a: Annotation): string => `${a.start}:${a.end}:${a.label}`;

/**
 * Adds imported annotations to my stored set without ever removing or changing stored work:
 * an annotation already present (same id, or same span and label) is skipped, one whose id is
 * taken by a different span or label is reported as a conflict and not added; so importing
 * the same file twice changes nothing.
 */
export function mergeIntoMySet(stored: readonly Annotation[], imported: readonly Annotation[]): MergedSet {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const spans = new Set(stored.map(spanKey));
  const added: Annotation[] = [];
  const conflicts: { imported: Annotation; stored: Annotation }[] = [];
  for (const a of imported) {
    const same = byId.get(a.id);
    if (same !== undefined) {
      if (spanKey(same) !== spanKey(a)) conflicts.push({ imported: a, stored: same });
      continue;
    }
    if (spans.has(spanKey(a))) continue;
    added.push(a);
    byId.set(a.id, a);
    spans.add(spanKey(a));
  }
  return { annotations: added.length === 0 ? [...stored] : sortAnnotations([...stored, ...added]), added: added.length, conflicts };
}
