import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { storableRelations } from '@shared/relation/storableRelations';
import type { DocumentStore } from '../store/createDocumentStore';
import type { StoreNotice } from '../store/storeNotice';
import { colleagueSetOf } from './colleagueSetOf';

/** What storing one colleague's imported set did: a first import, a replaced older one, the same set again, or a newer import kept. */
export type ColleagueSetOutcome = 'stored' | 'replaced' | 'unchanged' | 'kept-newer';

/** The outcome, with the set that was there before (its size and when it was exported) and the store's notices. */
export interface StoredColleagueSetReport {
  readonly annotator: string;
  readonly annotations: number;
  /** Relations stored with the set. */
  readonly relations: number;
  /** Relations of the file the set cannot hold (a type Tagwerk does not have, a label pair it does not allow, an end not in the set). */
  readonly relationsDropped: number;
  readonly outcome: ColleagueSetOutcome;
  readonly previous: { readonly annotations: number; readonly savedAt: string } | undefined;
  readonly notices: readonly StoreNotice[];
}

function sameItems<T extends object>(x: readonly T[], y: readonly T[]): boolean {
  return x.length === y.length && x.every((a, i) => canonical(a) === canonical(y[i] as T));
}

function canonical(a: object): string {
  return JSON.stringify(Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))));
}

/**
 * Stores a colleague's spans of a document as their imported set, with the one policy every
 * import shares (the window's dataset and review imports, the CLI): a set whose stored copy
 * came from a later export is kept, because a colleague's newer work must never be rolled back
 * by re-opening an old file; the same set again writes nothing; otherwise the file's set is
 * stored, replacing an older import. `exportedAt` is when the colleague exported the file.
 * The set's relations are stored with it, except those it cannot hold (counted in the report).
 */
export async function storeColleagueSet(
  store: DocumentStore,
  documentId: string,
  annotator: string,
  annotations: readonly Annotation[],
  exportedAt: string,
  relations: readonly Relation[] = [],
): Promise<StoredColleagueSetReport> {
  const { sets, notices } = await store.listColleagueSets(documentId);
  const existing = sets.find((s) => s.annotator === annotator);
  const { kept, dropped } = storableRelations(relations, annotations);
  const next = colleagueSetOf(documentId, annotator, annotations, exportedAt, existing?.rev ?? 0, kept);
  const previous = existing === undefined ? undefined : { annotations: existing.annotations.length, savedAt: existing.savedAt };
  const report = (outcome: ColleagueSetOutcome): StoredColleagueSetReport => ({ annotator, annotations: annotations.length, relations: kept.length, relationsDropped: dropped.length, outcome, previous, notices });
  const same = existing !== undefined && sameItems(colleagueSetOf(documentId, annotator, existing.annotations, exportedAt, 0).annotations, next.annotations) && sameItems(existing.relations, next.relations);
  if (same) return report('unchanged');
  if (existing !== undefined && Date.parse(existing.savedAt) > Date.parse(exportedAt)) return report('kept-newer');
  await store.putColleagueSet(documentId, next);
  return report(existing === undefined ? 'stored' : 'replaced');
}
