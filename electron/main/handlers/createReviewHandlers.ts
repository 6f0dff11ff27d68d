import type { Handlers } from '../ipc/createIpcRouter';
import { IpcFailure } from '../ipc/createIpcRouter';
import { toNotice, type HandlerDeps } from './handlerDeps';
import { corpusAgreementCounts } from './review/corpusAgreementCounts';
import { createMigrationDesk, type MigrationDesk } from './review/createMigrationDesk';
import { resolveMigration } from './review/resolveMigration';
import { withIpcFailures } from './toIpcFailure';

type ReviewHandlers = Pick<Handlers, 'resolveMigration' | 'listColleagueSets' | 'corpusAgreementCounts'>;

/**
 * Handlers of the review: resolving the migrations Import… opened for a colleague's file made on
 * an edited copy (kept in `desk` until the user decides), the colleague sets of a document, and
 * per-document agreement counts over the corpus.
 */
export function createReviewHandlers(deps: HandlerDeps, desk: MigrationDesk = createMigrationDesk()): ReviewHandlers {
  return {
    resolveMigration: async ({ migrationId, accept }) => {
      const migration = desk.get(migrationId);
      if (migration === undefined) throw new IpcFailure('not-found', `No open migration ${migrationId}; import the file again.`, { code: 'migrationGone' });
      try {
        const outcome = await withIpcFailures(() => resolveMigration(deps.store, migration, accept));
        desk.delete(migrationId);
        return outcome;
      } catch (error) {
        if (error instanceof RangeError) throw new IpcFailure('bad-request', error.message, { code: 'invalidRequest' });
        throw error;
      }
    },
    listColleagueSets: ({ documentId }) =>
      withIpcFailures(async () => {
        const { sets, notices } = await deps.store.listColleagueSets(documentId);
        return { sets: sets.map((s) => ({ annotator: s.annotator, savedAt: s.savedAt, annotations: s.annotations, relations: s.relations })), notices: notices.map(toNotice) };
      }),
    corpusAgreementCounts: ({ annotator, labelIds }) =>
      withIpcFailures(async () => ({
        documents: await corpusAgreementCounts(deps.store, annotator, labelIds),
      })),
  };
}
