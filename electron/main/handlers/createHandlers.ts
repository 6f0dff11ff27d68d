import type { ShellInfo } from '../../../shared/ipc/contract';
import { BUILTIN_ARTICLE_SOURCE, BUILTIN_ARTICLE_TEXT } from '../../../shared/corpus/builtinArticle';
import { documentIdOf } from '../../../shared/text/documentId';
import { titleFromText } from '../../../shared/text/titleFromText';
import type { Handlers } from '../ipc/createIpcRouter';

/** What the handlers need from the process around them; tests and the chromium host pass their own. */
export interface HandlerDeps {
  shellInfo(): ShellInfo;
}

/** Creates every contract handler from explicit dependencies, shared by Electron and the test host. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    getShellInfo: () => deps.shellInfo(),
    getBuiltinDocument: () => ({
      id: documentIdOf(BUILTIN_ARTICLE_TEXT),
      title: titleFromText(BUILTIN_ARTICLE_TEXT),
      source: BUILTIN_ARTICLE_SOURCE,
      text: BUILTIN_ARTICLE_TEXT,
    }),
  };
}
