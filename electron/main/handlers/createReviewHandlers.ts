import type { Handlers } from '../ipc/createIpcRouter';
import { IpcFailure } from '../ipc/createIpcRouter';
import path from 'node:path';
import { canonicalDataset } from '@shared/formats/canonicalDataset';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { readInputText } from '../../node/datasets/datasetFiles';
import { toNotice, type HandlerDeps } from './handlerDeps';
import { corpusAgreementCounts } from './review/corpusAgreementCounts';
import { createMigrationDesk, type MigrationDesk } from './review/createMigrationDesk';
import { importColleagueDataset } from './review/importColleagueDataset';
import { resolveMigration } from './review/resolveMigration';
import { withIpcFailures } from './toIpcFailure';

type ReviewHandlers = Pick<Handlers, 'importColleagueTags' | 'resolveMigration' | 'listColleagueSets' | 'corpusAgreementCounts'>;

/**
 * Handlers of the review: "Import colleague's tags…" (main shows the open dialog, validates,
 * stores exact matches and keeps re-anchored migrations until the user resolves them), the
 * colleague sets of a document, and per-document agreement counts over the corpus.
 */
export function createReviewHandlers(deps: HandlerDeps, desk: MigrationDesk = createMigrationDesk()): ReviewHandlers {
  const me = () => deps.settings.get().annotator || deps.shellInfo().userName;

  return {
    importColleagueTags: async () => {
      const files = await deps.dialogs.showOpen({
        title: "Import colleague's tags",
        filters: [{ name: 'Tagwerk dataset', extensions: ['json'] }],
        multiple: false,
      });
      const file = files?.[0];
      if (file === undefined) return { status: 'cancelled' as const };
      const name = path.basename(file);
      const read = await readInputText(path.dirname(file), name);
      const parsed = read.ok ? parseTagwerkDataset(read.text) : { ok: false as const, problems: [{ path: '', message: read.reason }] };
      if (!parsed.ok) return { status: 'invalid' as const, file: name, problems: [...parsed.problems] };
      const canonical = canonicalDataset(parsed.dataset);
      if (!canonical.ok) return { status: 'invalid' as const, file: name, problems: [...canonical.problems] };
      const result = await withIpcFailures(() => importColleagueDataset(deps.store, canonical.dataset, me(), desk.nextId, deps.reanchor));
      for (const migration of result.pending) desk.add(migration);
      if (result.stored.some((s) => s.addedDocument)) deps.emit('documentsChanged', {});
      return { status: 'imported' as const, file: name, stored: result.stored, migrations: result.pending.map((p) => p.view), skippedOwn: result.skippedOwn };
    },
    resolveMigration: async ({ migrationId, accept }) => {
      const migration = desk.get(migrationId);
      if (migration === undefined) throw new IpcFailure('not-found', `No open migration ${migrationId}; import the file again.`);
      try {
        const outcome = await withIpcFailures(() => resolveMigration(deps.store, migration, accept));
        desk.delete(migrationId);
        return outcome;
      } catch (error) {
        if (error instanceof RangeError) throw new IpcFailure('bad-request', error.message);
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
