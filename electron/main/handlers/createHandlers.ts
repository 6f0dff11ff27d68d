import type { Handlers } from '../ipc/createIpcRouter';
import { createAssistHandlers } from './createAssistHandlers';
import { createDatasetHandlers } from './createDatasetHandlers';
import { createCorpusHandlers } from './createCorpusHandlers';
import { createDocumentHandlers } from './createDocumentHandlers';
import { createReviewHandlers } from './createReviewHandlers';
import { createShellHandlers } from './createShellHandlers';
import type { HandlerDeps } from './handlerDeps';
import { createMigrationDesk } from './review/createMigrationDesk';

export type { HandlerDeps } from './handlerDeps';

/** Creates every contract handler from explicit dependencies, one factory per feature, shared by Electron and the test host. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // Import… opens migrations (a colleague's tags on an edited copy) that review resolves.
  const migrations = createMigrationDesk();
  return {
    ...createShellHandlers(deps),
    ...createDocumentHandlers(deps),
    ...createCorpusHandlers(deps),
    ...createReviewHandlers(deps, migrations),
    ...createDatasetHandlers(deps, {}, migrations),
    ...createAssistHandlers(deps),
  };
}
