import type { AssistMemory } from '../../node/assist/createAssistMemory';
import { IpcFailure, type Handlers } from '../ipc/createIpcRouter';
import type { HandlerDeps } from './handlerDeps';
import { withIpcFailures } from './toIpcFailure';

/** Handlers of the assist's memory: learned strings from the other documents, and my rejections. */
export function createAssistHandlers(deps: HandlerDeps): Pick<Handlers, 'learnedStrings' | 'rejectedStrings' | 'setRejected'> {
  const me = () => deps.settings.get().annotator || deps.shellInfo().userName;
  const memory = (): AssistMemory => {
    if (!deps.assist) throw new IpcFailure('failed', 'The assist has no memory in this process.', { code: 'noAssist' });
    return deps.assist;
  };
  return {
    learnedStrings: ({ documentId }) => withIpcFailures(async () => ({ learned: await memory().learned(documentId) })),
    rejectedStrings: () =>
      withIpcFailures(async () => {
        const rejected = await memory().rejected(me());
        const keptAside = memory().keptAside(me());
        return keptAside ? { rejected, keptAside: { file: keptAside.file, movedTo: keptAside.movedTo } } : { rejected };
      }),
    setRejected: ({ label, text, rejected }) =>
      withIpcFailures(async () => {
        await memory().setRejected(me(), { label, text }, rejected);
        return null;
      }),
  };
}
