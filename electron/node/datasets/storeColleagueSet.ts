import type { Annotation } from '../../../shared/annotation/annotation';
import type { DocumentStore } from '../store/createDocumentStore';
import type { StoreNotice } from '../store/storeNotice';
import { colleagueSetOf } from './colleagueSetOf';

/** What storing one colleague's imported set did: a first import, a replaced older one, the same set again, or a newer import kept. */
export type ColleagueSetOutcome = 'stored' | 'replaced' | 'unchanged' | 'kept-newer';

/** The outcome, with the set that was there before (its size and when it was exported) and the store's notices. */
export interface StoredColleagueSetReport {
  readonly annotator: string;
  readonly annotations: number;
  readonly outcome: ColleagueSetOutcome;
  readonly previous: { readonly annotations: number; readonly savedAt: string } | undefined;
  readonly notices: readonly StoreNotice[];
}

function canonical(a: Annotation): string {
  return JSON.stringify(Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))));
}

function sameAnnotations(x: readonly Annotation[], y: readonly Annotation[]): boolean {
  return x.length === y.length && x.every((a, i) => canonical(a) === canonical(y[i] as Annotation));
}

/**
 * Stores a colleague's spans of a document as their imported set, with the one policy every
 * import shares (the window's dataset and review imports, the CLI): a set whose stored copy
 * came from a later export is kept, because a colleague's newer work must never be rolled back
 * by re-opening an old file; the same set again writes nothing; otherwise the file's set is
 * stored, replacing an older import. `exportedAt` is when the colleague exported the file.
 */
export async function storeColleagueSet(store: DocumentStore, documentId: string, annotator: string, annotations: readonly Annotation[], exportedAt: string): Promise<StoredColleagueSetReport> {
  const { sets, notices } = await store.listColleagueSets(documentId);
  const existing = sets.find((s) => s.annotator === annotator);
  const next = colleagueSetOf(documentId, annotator, annotations, exportedAt, existing?.rev ?? 0);
  const previous = existing === undefined ? undefined : { annotations: existing.annotations.length, savedAt: existing.savedAt };
  const report = (outcome: ColleagueSetOutcome): StoredColleagueSetReport => ({ annotator, annotations: annotations.length, outcome, previous, notices });
  if (existing !== undefined && sameAnnotations(colleagueSetOf(documentId, annotator, existing.annotations, exportedAt, 0).annotations, next.annotations)) return report('unchanged');
  if (existing !== undefined && Date.parse(existing.savedAt) > Date.parse(exportedAt)) return report('kept-newer');
  await store.putColleagueSet(documentId, next);
  return report(existing === undefined ? 'stored' : 'replaced');
}
