import { describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES, type MethodName, type RequestOf } from '@shared/ipc/contract';

// The real Electron adapter (registerIpc + senderOf) is driven through a fake ipcMain.
const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { createIpcRouter } = await import('../../../electron/main/ipc/createIpcRouter');
const { registerIpc } = await import('../../../electron/main/ipc/registerIpc');
const { APP_LOCATION, isTrustedUrl } = await import('../../../electron/main/security/trustedOrigins');
type Handlers = import('../../../electron/main/ipc/createIpcRouter').Handlers;

const DOC = 'sha256:' + 'ab'.repeat(32);
const ANNOTATION = { id: 'a1', label: 'actor', start: 0, end: 2, text: '😀', annotator: 'jürgen' };

/** One valid request per contract method; a new method fails to compile here until it has one. */
const VALID: { [M in MethodName]: RequestOf<M> } = {
  getShellInfo: undefined,
  getSettings: undefined,
  updateSettings: { annotator: 'Jürgen 😀 Mu\u0308ller' },
  reportSaveState: { dirty: true, failed: false },
  openStartDocument: undefined,
  openDocument: { documentId: DOC },
  saveAnnotations: { documentId: DOC, baseRev: 3, annotations: [ANNOTATION], relations: [] },
  rememberScroll: { documentId: DOC, scrollTop: 120.5 },
  openFiles: undefined,
  openDroppedFiles: { files: [{ name: 'Bericht Mu\u0308ller 😀.txt', size: 4, bytes: new Uint8Array([0x84, 0x93, 0x80, 0x96]) }, { name: 'riesig.txt', size: 30_000_000, bytes: null }] },
  listCorpus: undefined,
  updateDocument: { documentId: DOC, title: 'Gipfel „Brüssel“ 😀', status: 'in-progress' },
  removeDocument: { documentId: DOC },
  restoreDocument: { trashId: `${'ab'.repeat(32)}-2026-11-20T10-00-01-000Z` },
  restoreDamaged: { documentId: DOC },
  restoreBuiltinDocument: undefined,
  describeEncoding: { documentId: DOC },
  previewEncodings: { documentId: DOC },
  reopenWithEncoding: { documentId: DOC, encoding: 'windows-1252' },
  resolveMigration: { migrationId: 'migration-1', accept: [0, 2] },
  listColleagueSets: { documentId: DOC },
  corpusAgreementCounts: { annotator: 'jonas', labelIds: ['claim', 'actor'] },
  exportDataset: { scope: 'document', documentId: DOC, format: 'labelstudio', colleagueSets: false },
  importDataset: undefined,
  cancelReanchor: undefined,
  learnedStrings: { documentId: DOC },
  rejectedStrings: undefined,
  setRejected: { label: 'actor', text: 'Jürgen Mu\u0308ller 😀', rejected: true },
};

/** Payloads no method accepts. */
function malformedFor(method: MethodName): unknown[] {
  const valid = VALID[method] as unknown;
  const objectLike = typeof valid === 'object' && valid !== null ? (valid as Record<string, unknown>) : {};
  return [
    null,
    0,
    Number.NaN,
    'ü😀',
    true,
    [],
    [valid],
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    { ...objectLike, unexpected: 'Mu\u0308ller' },
    ...(SPECIFIC[method] ?? []),
  ];
}

const SPECIFIC: Partial<Record<MethodName, unknown[]>> = {
  openDroppedFiles: [
    { files: [] },
    { files: [{ name: '../../etc/passwd', size: 1, bytes: new Uint8Array([65]) }] },
    { files: [{ name: 'C:\\Users\\jonas\\a.txt', size: 1, bytes: new Uint8Array([65]) }] },
    { files: [{ name: 'a.txt', size: 1, bytes: 'QQ==' }] },
    { files: [{ name: 'a.txt', size: 1, bytes: null, path: '/etc/passwd' }] },
  ],
  updateDocument: [{ documentId: DOC }, { documentId: DOC, title: '   ' }, { documentId: DOC, status: 'archived' }],
  removeDocument: [{ documentId: '../../etc/passwd' }],
  restoreDamaged: [{ documentId: '../../etc/passwd' }, {}],
  restoreDocument: [{ trashId: '../documents' }, { trashId: `${'ab'.repeat(32)}/../../x` }, {}],
  reopenWithEncoding: [{ documentId: DOC, encoding: 'utf-32' }, { documentId: DOC }],
  updateSettings: [{ annotator: 'x'.repeat(201) }, { language: 'fr' }, { snapToWords: 'yes' }],
  openDocument: [{ documentId: '../../etc/passwd' }, { documentId: 'sha256:' + 'AB'.repeat(32) }, { documentId: 'sha256:' + 'a'.repeat(63) + 'ä' }, {}],
  saveAnnotations: [
    { documentId: DOC, baseRev: -1, annotations: [] },
    { documentId: DOC, baseRev: 1.5, annotations: [] },
    { documentId: DOC, baseRev: 0, annotations: [{ ...ANNOTATION, end: 0 }] },
    { documentId: DOC, baseRev: 0, annotations: [{ ...ANNOTATION, html: '<img onerror=alert(1)>' }] },
    { documentId: DOC, baseRev: 0, annotations: 'all' },
  ],
  reportSaveState: [{ dirty: 'yes', failed: false }, { dirty: true }],
  exportDataset: [
    { scope: 'corpus', format: 'csv', colleagueSets: false },
    { scope: 'corpus', format: 'tagwerk' },
    { scope: 'document', format: 'tagwerk', colleagueSets: false },
    { scope: 'document', documentId: '../../etc/passwd', format: 'brat', colleagueSets: false },
    { scope: 'corpus', format: 'tagwerk', colleagueSets: false, path: '/tmp/out.json' },
    { scope: 'everything', format: 'tagwerk', colleagueSets: false },
  ],
  importDataset: [{ path: '/etc/passwd' }, '/home/jonas/x.json'],
  rememberScroll: [
    { documentId: DOC, scrollTop: -1 },
    { documentId: DOC, scrollTop: Number.POSITIVE_INFINITY },
    { documentId: DOC, scrollTop: '12' },
    { documentId: DOC, scrollTop: 12, anchor: { codePoint: -1, offset: 0 } },
    { documentId: DOC, scrollTop: 12, anchor: { codePoint: 1.5, offset: 0 } },
    { documentId: DOC, scrollTop: 12, anchor: { codePoint: 3, offset: Number.NaN, extra: 1 } },
  ],
  resolveMigration: [{ migrationId: 'migration-1', accept: [-1] }, { migrationId: 'migration-1', accept: [0.5] }, { migrationId: '', accept: [] }, { accept: [] }],
  listColleagueSets: [{ documentId: '../../etc/passwd' }],
  corpusAgreementCounts: [{ annotator: '', labelIds: ['claim'] }, { annotator: 'jonas', labelIds: [] }],
};

const OUR_URL = 'app://workbench/index.html';

/** A fake IpcMainInvokeEvent: the sending frame and the page's main frame. */
function eventFrom(url: string | null, isMainFrame = true) {
  const mainFrame = { url: OUR_URL };
  const senderFrame = url === null ? null : isMainFrame ? Object.assign(mainFrame, { url }) : { url };
  return { senderFrame, sender: { mainFrame } };
}

const FOREIGN: Array<[string, ReturnType<typeof eventFrom>]> = [
  ['another host on app://', eventFrom('app://workbench.evil/index.html')],
  ['an app:// host with our name as user info', eventFrom('app://workbench@evil/index.html')],
  ['a subframe of our own page', eventFrom(OUR_URL, false)],
  ['a file:// page', eventFrom('file:///home/jonas/Downloads/evil.html')],
  ['a web page', eventFrom('https://example.com/')],
  ['the dev server (not trusted in this build)', eventFrom('http://localhost:5173/')],
  ['a data: page', eventFrom('data:text/html,<script>1</script>')],
  ['about:blank', eventFrom('about:blank')],
  ['a destroyed frame', eventFrom(null)],
  ['an empty URL', eventFrom('')],
];

function setup() {
  const calls: Array<[MethodName, unknown]> = [];
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      (request: unknown) => {
        calls.push([method, request]);
        throw new Error('handler reached');
      },
    ]),
  ) as unknown as Handlers;
  registered.clear();
  registerIpc(createIpcRouter(handlers, { isTrustedUrl: (url) => isTrustedUrl(url, [APP_LOCATION]) }));
  const send = async (method: MethodName, event: unknown, payload: unknown) => {
    const listener = registered.get(channelOf(method));
    if (!listener) throw new Error(`no ipcMain handler for ${method}`);
    return listener(event, payload);
  };
  return { calls, send };
}

describe('every IPC contract method', () => {
  it('has exactly one ipcMain handler, on its own channel, and no other channel exists', () => {
    setup();
    expect([...registered.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it.each(METHOD_NAMES)('%s: a valid request from our main frame reaches the handler, parsed', async (method) => {
    const { calls, send } = setup();
    await send(method, eventFrom(OUR_URL), VALID[method]);
    expect(calls).toEqual([[method, VALID[method]]]);
  });

  it.each(METHOD_NAMES)('%s: every foreign sender is refused before the handler runs', async (method) => {
    const { calls, send } = setup();
    for (const [name, event] of FOREIGN) {
      const result = await send(method, event, VALID[method]);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it.each(METHOD_NAMES)('%s: every malformed payload is refused before the handler runs', async (method) => {
    const { calls, send } = setup();
    for (const payload of malformedFor(method)) {
      const result = await send(method, eventFrom(OUR_URL), payload);
      expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
