import type { Annotation } from '@shared/annotation/annotation';
import type { MigrationOutcome } from '@shared/ipc/methods/reviewMethods';
import { storableRelations } from '@shared/relation/storableRelations';
import { reanchoredAnnotation } from '@shared/review/reanchoredAnnotation';
import type { DocumentStore } from '../../../node/store/createDocumentStore';
import { storeColleagueSet } from '../../../node/datasets/storeColleagueSet';
import type { PendingMigration } from './importColleagueDataset';

/**
 * Stores the accepted rows of a migration as the colleague's set of my document (each span at
 * its re-anchored place, quoting my text); rejected rows and orphans are not stored but counted,
 * so the summary can list them; the colleague's relations whose two ends were accepted go with
 * them, and the others are listed (type and both quotes) as orphaned, never dropped unseen.
 * Accepting nothing stores nothing (an earlier import stays).
 * An index outside the list throws a RangeError.
 */
export async function resolveMigration(store: DocumentStore, migration: PendingMigration, accept: readonly number[]): Promise<MigrationOutcome> {
  const { results, text, view } = migration;
  for (const index of accept) {
    if (index >= results.length) throw new RangeError(`row ${index} is not in migration ${view.migrationId} (${results.length} rows)`);
  }
  const accepted = new Set(accept);
  const placed: Annotation[] = [];
  let rejected = 0;
  let orphaned = 0;
  results.forEach((result, index) => {
    const annotation = reanchoredAnnotation(result, text);
    if (annotation === undefined) orphaned += 1;
    else if (accepted.has(index)) placed.push(annotation);
    else rejected += 1;
  });
  if (placed.length > 0) await storeColleagueSet(store, view.documentId, view.annotator, placed, migration.savedAt, migration.relations);
  const { kept, dropped } = storableRelations(migration.relations, placed);
  const quoteOf = new Map(results.map((r) => [r.annotation.id, r.annotation.text]));
  const orphanedRelations = dropped.map((r) => ({ type: r.type, fromText: quoteOf.get(r.from) ?? '', toText: quoteOf.get(r.to) ?? '' }));
  return { documentId: view.documentId, annotator: view.annotator, stored: placed.length, rejected, orphaned, relations: kept.length, orphanedRelations };
}
