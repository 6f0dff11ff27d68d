import type { Annotation } from '../annotation/annotation';
import type { Relation } from '../relation/relation';
import type { SpanCounts } from './agreementReport';
import { labelRecord } from './labelRecord';

/** One side of a relation comparison: the relations and the tags their ends name. */
export interface RelationSide {
  readonly annotations: readonly Pick<Annotation, 'id' | 'label' | 'start' | 'end'>[];
  readonly relations: readonly Pick<Relation, 'type' | 'from' | 'to'>[];
}

/**
 * The key that makes two relations of different annotators the same: the type and both ends'
 * span and label (annotation ids differ between annotators, so they cannot be compared); a
 * relation whose end is not among the side's tags has no key.
 */
function keysOf(side: RelationSide): Array<{ type: string; key: string }> {
  if (side.relations.length === 0) return [];
  const byId = new Map(side.annotations.map((a) => [a.id, a]));
  const end = (a: Pick<Annotation, 'label' | 'start' | 'end'>) => `${a.start}\u0000${a.end}\u0000${a.label}`;
  return side.relations.flatMap((r) => {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    return from && to ? [{ type: r.type, key: `${r.type}\u0000${end(from)}\u0000${end(to)}` }] : [];
  });
}

/**
 * Relation counts per type, A = reference: a relation of B matches one of A iff their types
 * match and both ends match exactly (start, end and label), each relation at most once (so
 * duplicates match min(#A, #B) times). Types outside `typeIds` and relations with a missing
 * end are not counted anywhere.
 */
export function relationCounts(a: RelationSide, b: RelationSide, typeIds: readonly string[]): Record<string, SpanCounts> {
  const keysA = keysOf(a);
  const keysB = keysOf(b);
  const unmatched = new Map<string, number>();
  for (const { key } of keysA) unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  const tp = new Map<string, number>();
  for (const { type, key } of keysB) {
    const left = unmatched.get(key) ?? 0;
    if (left === 0) continue;
    unmatched.set(key, left - 1);
    tp.set(type, (tp.get(type) ?? 0) + 1);
  }
  const count = (keys: readonly { type: string }[], id: string) => keys.reduce((n, k) => n + (k.type === id ? 1 : 0), 0);
  return labelRecord(typeIds, (id) => ({ tp: tp.get(id) ?? 0, nA: count(keysA, id), nB: count(keysB, id) }));
}
