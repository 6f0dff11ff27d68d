import { describe, expect, it } from 'vitest';
import type { AssistMemory } from '../../../../../electron/node/assist/createAssistMemory';
import { createAssistHandlers } from '../../../../../electron/main/handlers/createAssistHandlers';
import type { HandlerDeps } from '../../../../../electron/main/handlers/handlerDeps';
import { contract } from '@shared/ipc/contract';

/** Handler deps with a recording assist memory and the annotator from settings. */
function deps(annotator: string, assist?: AssistMemory): HandlerDeps {
  return {
    shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'os-user' }),
    settings: { get: () => ({ annotator }) } as never,
    store: {} as never,
    dialogs: {} as never,
    clock: () => new Date(0),
    startupNotices: [],
    emit: () => undefined,
    onSaveState: () => undefined,
    ...(assist ? { assist } : {}),
  };
}

function recordingMemory(calls: unknown[], keptAside?: { file: string; movedTo: string }): AssistMemory {
  return {
    keptAside: (who) => (who === 'os-user' ? keptAside : undefined),
    learned: async (except) => (calls.push(['learned', except]), [{ label: 'actor', text: 'Anna Krüger' }]),
    noteSaved: () => undefined,
    rejected: async (who) => (calls.push(['rejected', who]), [{ label: 'date', text: 'am Montag' }]),
    setRejected: async (who, entry, on) => (calls.push(['setRejected', who, entry, on]), []),
    flush: async () => undefined,
  };
}

const DOC = `sha256:${'a'.repeat(64)}`;

describe('createAssistHandlers', () => {
  it('serves learned strings without the open document, and my rejections (falling back to the OS user name)', async () => {
    const calls: unknown[] = [];
    const handlers = createAssistHandlers(deps('', recordingMemory(calls)));
    expect(await handlers.learnedStrings({ documentId: DOC })).toEqual({ learned: [{ label: 'actor', text: 'Anna Krüger' }] });
    expect(await handlers.rejectedStrings(undefined)).toEqual({ rejected: [{ label: 'date', text: 'am Montag' }] });
    expect(await handlers.setRejected({ label: 'actor', text: 'Ju\u0308rgen 😀', rejected: true })).toBeNull();
    expect(calls).toEqual([['learned', DOC], ['rejected', 'os-user'], ['setRejected', 'os-user', { label: 'actor', text: 'Ju\u0308rgen 😀' }, true]]);
  });

  it('says when my rejections file was damaged and kept aside, and the contract carries it', async () => {
    const keptAside = { file: '/data/assist/rejected-ab.json', movedTo: '/data/assist/rejected-ab.corrupt-2026-01-01T00-00-00-000Z.json' };
    const handlers = createAssistHandlers(deps('', recordingMemory([], keptAside)));
    const answer = await handlers.rejectedStrings(undefined);
    expect(answer).toEqual({ rejected: [{ label: 'date', text: 'am Montag' }], keptAside });
    expect(contract.rejectedStrings.response.parse(answer)).toEqual(answer);
    expect(contract.rejectedStrings.response.safeParse({ rejected: [], keptAside: { file: '' , movedTo: 'x' } }).success).toBe(false);
  });

  it('the contract refuses a bad request before a handler runs', () => {
    expect(contract.setRejected.request.safeParse({ label: 'actor', text: '', rejected: true }).success).toBe(false);
    expect(contract.setRejected.request.safeParse({ label: 'actor', text: 'x', rejected: 'yes' }).success).toBe(false);
    expect(contract.learnedStrings.request.safeParse({ documentId: '../etc' }).success).toBe(false);
  });

  it('without an assist memory it fails with a clear message', async () => {
    const handlers = createAssistHandlers(deps('jonas'));
    await expect(handlers.rejectedStrings(undefined)).rejects.toThrow('The assist has no memory in this process.');
  });
});
