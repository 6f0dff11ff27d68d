import type { Handlers } from '../ipc/createIpcRouter';
import { createAssistHandlers } from './createAssistHandlers';
import { createDatasetHandlers } from './createDatasetHandlers';
import { createCorpusHandlers } from './createCorpusHandlers';
import { createDocumentHandlers } from './createDocumentHandlers';
import { createReviewHandlers } from './createReviewHandlers';
import { createShellHandlers } from './createShellHandlers';
import type { HandlerDeps } from './handlerDeps';

export type { HandlerDeps } from './handlerDeps';

/** Creates every contract handler from explicit dependencies, one factory per feature, shared by Electron and the test host. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createShellHandlers(deps),
    ...createDocumentHandlers(deps),
    ...createCorpusHandlers(deps),
    ...createReviewHandlers(deps),
    ...createDatasetHandlers(deps),
    ...createAssistHandlers(deps),
  };
}
