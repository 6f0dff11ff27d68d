import type { Annotation } from '../annotation/annotation';
import type { Relation } from '../relation/relation';

/** The relation difference kinds of the review, in the order they are listed. */
export const RELATION_ROW_KINDS = ['relation-type', 'relation-only-mine', 'relation-only-theirs'] as const;

export type RelationRowKind = (typeof RELATION_ROW_KINDS)[number];

/** One end of a compared relation: the tag's span and label (what makes ends of two annotators the same) and its text. */
export interface RelationEndView {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly text: string;
}

/**
 * One relation difference between my set and a colleague's: the same two ends (span and label)
 * related with another type, or a relation only one side has. `id` is made of the relation ids,
 * so a decision keyed by it survives re-alignment while both sets are unchanged.
 */
export type RelationRow =
  | { readonly id: string; readonly kind: 'relation-type'; readonly mine: Relation; readonly theirs: Relation; readonly from: RelationEndView; readonly to: RelationEndView }
  | { readonly id: string; readonly kind: 'relation-only-mine'; readonly mine: Relation; readonly theirs?: undefined; readonly from: RelationEndView; readonly to: RelationEndView }
  | { readonly id: string; readonly kind: 'relation-only-theirs'; readonly mine?: undefined; readonly theirs: Relation; readonly from: RelationEndView; readonly to: RelationEndView };

/** One side of the comparison: its tags and the relations between them. */
export interface RelationSideSet {
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
}

interface Placed {
  readonly relation: Relation;
  readonly from: RelationEndView;
  readonly to: RelationEndView;
  readonly ends: string;
}

const endOf = (a: Annotation): RelationEndView => ({ start: a.start, end: a.end, label: a.label, text: a.text });
const endKey = (e: RelationEndView) => `${e.start}\u0000${e.end}\u0000${e.label}`;

function placed(side: RelationSideSet): Placed[] {
  const byId = new Map(side.annotations.map((a) => [a.id, a]));
  return side.relations.flatMap((relation) => {
    const from = byId.get(relation.from);
    const to = byId.get(relation.to);
    if (!from || !to) return [];
    const ends = { from: endOf(from), to: endOf(to) };
    return [{ relation, ...ends, ends: `${endKey(ends.from)}\u0001${endKey(ends.to)}` }];
  });
}

/**
 * Aligns my relations with a colleague's over the same text: two relations are the same when
 * their types match and both ends match exactly (span and label, as agreement counts them);
 * same ends with another type make a type difference; the rest are only mine or only theirs.
 * Agreeing relations are not listed. Rows come in text order of their source, then target.
 */
export function alignRelations(mine: RelationSideSet, theirs: RelationSideSet): RelationRow[] {
  let left = placed(mine);
  let right = placed(theirs);
  const rows: RelationRow[] = [];
  // Pairs each of mine with the first of theirs (in their order) with the same key, through a map: linear, not quadratic.
  const take = (keyOf: (p: Placed) => string, row: (m: Placed, t: Placed) => RelationRow | null) => {
    const pool = new Map<string, Placed[]>();
    for (const t of right) {
      const key = keyOf(t);
      const queue = pool.get(key);
      if (queue) queue.push(t);
      else pool.set(key, [t]);
    }
    const paired = new Set<Placed>();
    left = left.filter((m) => {
      const t = pool.get(keyOf(m))?.shift();
      if (t === undefined) return true;
      paired.add(t);
      const made = row(m, t);
      if (made) rows.push(made);
      return false;
    });
    right = right.filter((t) => !paired.has(t));
  };
  take((p) => `${p.ends}\u0002${p.relation.type}`, () => null);
  take(
    (p) => p.ends,
    (m, t) => ({ id: JSON.stringify(['relation-type', m.relation.id, t.relation.id]), kind: 'relation-type', mine: m.relation, theirs: t.relation, from: m.from, to: m.to }),
  );
  for (const m of left) rows.push({ id: JSON.stringify(['relation-only-mine', m.relation.id, null]), kind: 'relation-only-mine', mine: m.relation, from: m.from, to: m.to });
  for (const t of right) rows.push({ id: JSON.stringify(['relation-only-theirs', null, t.relation.id]), kind: 'relation-only-theirs', theirs: t.relation, from: t.from, to: t.to });
  return rows.sort((x, y) => x.from.start - y.from.start || x.to.start - y.to.start || RELATION_ROW_KINDS.indexOf(x.kind) - RELATION_ROW_KINDS.indexOf(y.kind) || (x.id < y.id ? -1 : 1));
}
