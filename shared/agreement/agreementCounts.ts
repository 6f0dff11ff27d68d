import type { Annotation } from '../annotation/annotation';
import type { Relation } from '../relation/relation';
import { DEFAULT_RELATION_TYPES } from '../relation/relationType';
import type { AgreementCounts, KappaCells, SpanCounts } from './agreementReport';
import { charKappaCells } from './charKappaCells';
import { labelEntry, labelRecord } from './labelRecord';
import { relationCounts } from './relationCounts';
import { exactSpanCounts, overlapSpanCounts } from './spanCounts';

/** The relation types agreement compares: Tagwerk's default types, in their order. */
export const RELATION_TYPE_IDS: readonly string[] = DEFAULT_RELATION_TYPES.map((t) => t.id);

/** One compared document: its canonical text, both annotators' spans over it (code points) and the relations between them (none if absent). */
export interface AgreementDocument {
  readonly text: string;
  readonly reference: readonly Pick<Annotation, 'id' | 'label' | 'start' | 'end'>[];
  readonly compared: readonly Pick<Annotation, 'id' | 'label' | 'start' | 'end'>[];
  readonly referenceRelations?: readonly Pick<Relation, 'type' | 'from' | 'to'>[];
  readonly comparedRelations?: readonly Pick<Relation, 'type' | 'from' | 'to'>[];
}

/**
 * The raw counts of one document (A = `reference`, B = `compared`) for every label of
 * `labelIds`; counts are additive, so a corpus is `sumAgreementCounts` of its documents and its
 * kappa pools their positions. Spans with a label outside `labelIds` are ignored.
 */
export function agreementCounts(doc: AgreementDocument, labelIds: readonly string[]): AgreementCounts {
  return {
    labelIds: [...labelIds],
    exactSpan: exactSpanCounts(doc.reference, doc.compared, labelIds),
    overlap: overlapSpanCounts(doc.reference, doc.compared, labelIds),
    charKappa: charKappaCells(doc.text, doc.reference, doc.compared, labelIds),
    relationTypeIds: [...RELATION_TYPE_IDS],
    relations: relationCounts(
      { annotations: doc.reference, relations: doc.referenceRelations ?? [] },
      { annotations: doc.compared, relations: doc.comparedRelations ?? [] },
      RELATION_TYPE_IDS,
    ),
  };
}

function addSpanCounts(x: SpanCounts, y: SpanCounts): SpanCounts {
  return { tp: x.tp + y.tp, nA: x.nA + y.nA, nB: x.nB + y.nB };
}

/** A part's counts of relation type `id`; a type the part did not compare counts nothing. */
function relationEntry(part: AgreementCounts, id: string): SpanCounts {
  return Object.hasOwn(part.relations, id) ? labelEntry(part.relations, id) : { tp: 0, nA: 0, nB: 0 };
}

function addCells(x: KappaCells, y: KappaCells): KappaCells {
  return { both: x.both + y.both, onlyA: x.onlyA + y.onlyA, onlyB: x.onlyB + y.onlyB, neither: x.neither + y.neither };
}

/** Counts with nothing in them, the identity of `sumAgreementCounts` (an empty corpus). */
export function emptyAgreementCounts(labelIds: readonly string[]): AgreementCounts {
  const zero = (): SpanCounts => ({ tp: 0, nA: 0, nB: 0 });
  return {
    labelIds: [...labelIds],
    exactSpan: labelRecord(labelIds, zero),
    overlap: labelRecord(labelIds, zero),
    charKappa: { positions: 0, perLabel: labelRecord(labelIds, () => ({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })) },
    relationTypeIds: [...RELATION_TYPE_IDS],
    relations: labelRecord(RELATION_TYPE_IDS, zero),
  };
}

/**
 * Sums the counts of several documents (same label set, else it throws): span counts add up
 * and kappa tables pool their positions, which is what corpus agreement means here (not a mean of per-document scores).
 */
export function sumAgreementCounts(labelIds: readonly string[], parts: readonly AgreementCounts[]): AgreementCounts {
  const same = (ids: readonly string[]): boolean => ids.length === labelIds.length && ids.every((id, i) => id === labelIds[i]);
  for (const part of parts) {
    if (!same(part.labelIds)) throw new Error(`label sets differ: ${JSON.stringify(part.labelIds)} vs ${JSON.stringify(labelIds)}`);
  }
  return parts.reduce<AgreementCounts>((sum, part) => ({
    labelIds: sum.labelIds,
    exactSpan: labelRecord(labelIds, (id) => addSpanCounts(labelEntry(sum.exactSpan, id), labelEntry(part.exactSpan, id))),
    overlap: labelRecord(labelIds, (id) => addSpanCounts(labelEntry(sum.overlap, id), labelEntry(part.overlap, id))),
    charKappa: {
      positions: sum.charKappa.positions + part.charKappa.positions,
      perLabel: labelRecord(labelIds, (id) => addCells(labelEntry(sum.charKappa.perLabel, id), labelEntry(part.charKappa.perLabel, id))),
    },
    relationTypeIds: sum.relationTypeIds,
    relations: labelRecord(sum.relationTypeIds, (id) => addSpanCounts(labelEntry(sum.relations, id), relationEntry(part, id))),
  }), emptyAgreementCounts(labelIds));
}
