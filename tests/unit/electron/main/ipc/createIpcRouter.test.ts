import { describe, expect, it } from 'vitest';
import { createIpcRouter, IpcFailure, type Handlers } from '../../../../../electron/main/ipc/createIpcRouter';
import { APP_LOCATION, isTrustedUrl } from '../../../../../electron/main/security/trustedOrigins';
import { METHOD_NAMES } from '@shared/ipc/contract';
import { OpenedDocumentWireSchema } from '@shared/ipc/openedDocumentWire';
import { WIRE_DECODERS } from '@shared/ipc/wireDecoders';

const OUR_FRAME = { url: 'app://workbench/index.html', isMainFrame: true };

const SHELL = { locale: 'de-DE', platform: 'linux', version: '1.0.0', userName: 'jonas' };
const OPENED = {
  document: { id: 'sha256:' + '0'.repeat(64), title: 'Ä😀', source: 'builtin:x', text: 'Ä😀' },
  annotations: [],
  rev: 0,
  readOnly: false,
  notices: [],
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    getShellInfo: () => SHELL,
    getSettings: () => ({ settings: { annotator: 'jonas', snapToWords: true, language: 'system', labelView: 'underline' }, notices: [] }),
    updateSettings: () => ({ annotator: 'jonas', snapToWords: true, language: 'system', labelView: 'underline' }),
    openStartDocument: () => OPENED,
    openDocument: () => OPENED,
    saveAnnotations: () => ({ rev: 1, savedAt: '2026-11-27T10:00:00.000Z' }),
    rememberScroll: () => null,
    reportSaveState: () => null,
    openFiles: () => ({ cancelled: true, files: [] }),
    openDroppedFiles: () => ({ cancelled: false, files: [] }),
    listCorpus: () => ({ documents: [], damaged: [], trash: [], notices: [] }),
    updateDocument: () => ({ id: OPENED.document.id, title: 'Ä😀', source: 'a.txt', encoding: 'utf-8', status: 'new', builtin: false, characters: 2, labelCounts: [], createdAt: '2026-11-27T10:00:00.000Z' }),
    removeDocument: () => ({ trashId: `${'0'.repeat(64)}-2026-11-27T10-00-00-000Z` }),
    restoreDocument: () => ({ documentId: OPENED.document.id }),
    restoreDamaged: () => ({ documentId: OPENED.document.id }),
    restoreBuiltinDocument: () => ({ documentId: OPENED.document.id }),
    describeEncoding: () => ({ encoding: 'utf-8', replacementCharacters: 0, c1Controls: 0, canReopen: false }),
    previewEncodings: () => ({ previews: [] }),
    reopenWithEncoding: () => ({ documentId: OPENED.document.id, changed: false }),
    exportDataset: () => ({ status: 'cancelled' }),
    importDataset: () => ({ status: 'cancelled' }),
    cancelReanchor: () => ({ cancelled: false }),
    resolveMigration: () => ({ documentId: OPENED.document.id, annotator: 'jonas', stored: 0, rejected: 0, orphaned: 0, relations: 0, orphanedRelations: [] }),
    learnedStrings: () => ({ learned: [] }),
    rejectedStrings: () => ({ rejected: [] }),
    setRejected: () => null,
    listColleagueSets: () => ({ sets: [], notices: [] }),
    corpusAgreementCounts: () => ({ documents: [] }),
    ...overrides,
  };
}

const router = (h = handlers()) => createIpcRouter(h, { isTrustedUrl: (url) => isTrustedUrl(url, [APP_LOCATION]) });

describe('createIpcRouter', () => {
  it('answers our main frame with a typed result', async () => {
    await expect(router().dispatch('getShellInfo', OUR_FRAME, undefined)).resolves.toEqual({
      ok: true,
      value: SHELL,
    });
  });

  it('checks an answer against its response schema, except the opened document, which the store has parsed already', async () => {
    const bad = { ...SHELL, locale: 42 };
    await expect(router(handlers({ getShellInfo: () => bad as never })).dispatch('getShellInfo', OUR_FRAME, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
    const opened = { ...OPENED, annotations: [{ id: 'a1', label: 'actor', start: 0, end: 2, text: 'Ä😀', annotator: 'jonas' }] };
    const result = await router(handlers({ openDocument: () => opened })).dispatch('openDocument', OUR_FRAME, { documentId: OPENED.document.id });
    expect(result).toEqual({ ok: true, value: { ...opened, annotator: 'jonas', annotations: [['a1', 'actor', 0, 2, 'Ä😀']], relations: [] } });
  });

  it('sends an opened document in its wire shape (tags and relations as tuples), which the window decodes back to what the handler answered', async () => {
    const opened = {
      ...OPENED,
      annotations: [
        { id: 'a1', label: 'actor', start: 0, end: 1, text: 'Ä', annotator: 'jürgen', note: 'Mu\u0308ller' },
        { id: 'a2', label: 'quote', start: 1, end: 2, text: '😀', annotator: 'jürgen' },
      ],
      relations: [{ id: 'r1', type: 'source', from: 'a2', to: 'a1', annotator: 'jürgen' }],
    };
    for (const method of ['openDocument', 'openStartDocument'] as const) {
      const result = await router(handlers({ [method]: () => opened })).dispatch(method, OUR_FRAME, method === 'openDocument' ? { documentId: OPENED.document.id } : undefined);
      if (!result.ok) throw new Error(result.error.message);
      expect(OpenedDocumentWireSchema.parse(result.value)).toMatchObject({ annotator: 'jürgen', relations: [['r1', 'source', 'a2', 'a1']] });
      expect(WIRE_DECODERS[method]?.(JSON.parse(JSON.stringify(result.value)) as never)).toEqual(opened);
    }
  });

  it.each([
    ['a foreign host', { url: 'app://workbench.evil/index.html', isMainFrame: true }],
    ['a subframe of our page', { url: 'app://workbench/index.html', isMainFrame: false }],
    ['a file:// page', { url: 'file:///etc/passwd', isMainFrame: true }],
    ['an empty url', { url: '', isMainFrame: true }],
  ])('rejects %s for every contract method', async (_name, sender) => {
    for (const method of METHOD_NAMES) {
      const result = await router().dispatch(method, sender, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', facts: { code: 'forbidden' } } });
    }
  });

  it('rejects a malformed payload for every contract method without calling the handler', async () => {
    let called = false;
    const spy = () => {
      called = true;
      throw new Error('handler must not run');
    };
    const h = handlers(Object.fromEntries(METHOD_NAMES.map((m) => [m, spy])) as Partial<Handlers>);
    for (const method of METHOD_NAMES) {
      const result = await router(h).dispatch(method, OUR_FRAME, ['not', 'a', 'request', 'ü😀']);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', facts: { code: 'invalidRequest' } } });
    }
    expect(called).toBe(false);
  });

  it('refuses methods outside the contract, including prototype names', async () => {
    for (const method of ['toString', '__proto__', 'constructor', 'deleteEverything']) {
      expect(await router().dispatch(method, OUR_FRAME, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-method', facts: { code: 'unknownMethod' } } });
    }
  });

  it('turns an IpcFailure into its code, message and facts (for the window to word), and other errors into failed without facts', async () => {
    const failing = router(
      handlers({
        openStartDocument: () => {
          throw new IpcFailure('not-found', 'Kein Dokument „Ä“');
        },
        openFiles: () => {
          throw new IpcFailure('failed', 'x: the disk is full', { code: 'writeFailed', file: 'Mu\u0308ller 😀.json', why: 'diskFull' });
        },
        getShellInfo: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(await failing.dispatch('openStartDocument', OUR_FRAME, undefined)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Kein Dokument „Ä“' },
    });
    expect(await failing.dispatch('openFiles', OUR_FRAME, undefined)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'x: the disk is full', facts: { code: 'writeFailed', file: 'Mu\u0308ller 😀.json', why: 'diskFull' } },
    });
    const unexpected = await failing.dispatch('getShellInfo', OUR_FRAME, undefined);
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'failed', message: 'boom' } });
    expect(unexpected.ok === false && unexpected.error).not.toHaveProperty('facts');
  });
});
