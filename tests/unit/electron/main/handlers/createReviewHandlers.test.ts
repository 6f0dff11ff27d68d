import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { computeAgreement } from '@shared/agreement/computeAgreement';
import { agreementReportOf } from '@shared/agreement/agreementReportOf';
import { sumAgreementCounts } from '@shared/agreement/agreementCounts';
import type { Annotation } from '@shared/annotation/annotation';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { documentIdOf } from '@shared/text/documentId';
import { ensureBuiltinDocument } from '../../../../../electron/main/handlers/corpus/builtinDocument';
import { createHandlers } from '../../../../../electron/main/handlers/createHandlers';
import type { HandlerDeps } from '../../../../../electron/main/handlers/handlerDeps';
import { IpcFailure } from '../../../../../electron/main/ipc/createIpcRouter';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { storeOn, tempDataDir } from '../../node/store/storeTestKit';

const REVIEW = fileURLToPath(new URL('../../../../fixtures/review/', import.meta.url));
const JONAS = path.join(REVIEW, '000_2010653594c6cf10.jonas.tagwerk.json');
const MARA_EDITED = path.join(REVIEW, '000_2010653594c6cf10.edited.mara.tagwerk.json');
/** The same file as version 2 with four relations: two between placed tags, one to the orphan "Delegation aus Moskau", one to Putin. */
const MARA_EDITED_RELATIONS = path.join(REVIEW, '000_2010653594c6cf10.edited.mara-relations.tagwerk.json');
const ARTICLE_ID = documentIdOf(BUILTIN_ARTICLE_TEXT);
const jonasAnnotations = (JSON.parse(readFileSync(JONAS, 'utf8')) as { documents: [{ annotations: Annotation[] }] }).documents[0].annotations;

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** Every handler (Import… and review share the open migrations) on a fresh store holding the built-in article; `pick` is what the open dialog returns. */
async function setup(pick: () => string[] | null, annotator = 'tester') {
  const { dataDir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  const store = storeOn(dataDir);
  await store.init();
  const settings = createConfSettings({ dataDir });
  settings.update({ annotator });
  const deps: HandlerDeps = {
    shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'analyst' }),
    store,
    settings,
    dialogs: { showOpen: async () => pick(), showSave: async () => null },
    clock: () => new Date('2026-11-27T10:00:00.000Z'),
    startupNotices: [],
    emit: () => undefined,
    onSaveState: () => undefined,
  };
  await ensureBuiltinDocument(deps);
  // Import… opens the migrations review resolves, as in the window.
  return { store, handlers: createHandlers(deps) };
}

describe('resolveMigration', () => {
  it('stores the accepted rows at their new places as the colleague set, and counts rejected and orphaned rows', async () => {
    const { handlers } = await setup(() => [MARA_EDITED]);
    const result = await handlers.importDataset({ purpose: 'colleague' });
    if (result.status !== 'imported') throw new Error(result.status);
    const migration = result.migrations?.[0];
    if (!migration) throw new Error('no migration');
    const putin = migration.rows.find((r) => r.oldText === 'Wladimir Putin');
    const accept = migration.rows.filter((r) => r !== putin).map((r) => r.index);
    const outcome = await handlers.resolveMigration({ migrationId: migration.migrationId, accept });
    expect(outcome).toEqual({ documentId: ARTICLE_ID, annotator: 'mara', stored: 17, rejected: 1, orphaned: 1, relations: 0, orphanedRelations: [] });
    const [set] = (await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets;
    expect(set?.annotator).toBe('mara');
    expect(set?.annotations.map((a) => [a.label, a.start, a.end, a.text])).toEqual(
      jonasAnnotations.filter((a) => a.text !== 'Wladimir Putin').map((a) => [a.label, a.start, a.end, a.text]),
    );
    // A resolved migration is gone: resolving it twice cannot store twice.
    await expect(handlers.resolveMigration({ migrationId: migration.migrationId, accept })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps the relations whose two tags were stored and lists the others (type, both quotes) as orphaned', async () => {
    const { handlers } = await setup(() => [MARA_EDITED_RELATIONS]);
    const result = await handlers.importDataset({ purpose: 'colleague' });
    const migration = result.status === 'imported' ? result.migrations?.[0] : undefined;
    if (migration === undefined) throw new Error('no migration');
    const accept = migration.rows.filter((r) => r.status !== 'orphaned' && r.oldText !== 'Wladimir Putin').map((r) => r.index);
    const outcome = await handlers.resolveMigration({ migrationId: migration.migrationId, accept });
    expect(outcome).toMatchObject({ stored: 17, rejected: 1, orphaned: 1, relations: 2 });
    expect(outcome.orphanedRelations).toEqual([
      { type: 'source', fromText: expect.stringMatching(/^“Umfassende Partnerschaftsabkommen/), toText: 'Delegation aus Moskau' },
      { type: 'target', fromText: expect.stringMatching(/^Die USA und der südkoreanische/), toText: 'Wladimir Putin' },
    ]);
    const [set] = (await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets;
    const quote = (id: string) => set?.annotations.find((a) => a.id === id)?.text;
    expect(set?.relations.map((r) => [r.type, quote(r.from), quote(r.to)])).toEqual([
      ['source', expect.stringMatching(/^Die USA und der südkoreanische/), 'NIS'],
      ['source', expect.stringMatching(/^dass die sicherheitspolitische/), 'Wassili Nebensja'],
    ]);
  });

  it('lists every relation as orphaned when no row is stored', async () => {
    const { handlers } = await setup(() => [MARA_EDITED_RELATIONS]);
    const result = await handlers.importDataset({ purpose: 'colleague' });
    const migration = result.status === 'imported' ? result.migrations?.[0] : undefined;
    if (migration === undefined) throw new Error('no migration');
    const outcome = await handlers.resolveMigration({ migrationId: migration.migrationId, accept: [] });
    expect(outcome).toMatchObject({ stored: 0, relations: 0 });
    expect(outcome.orphanedRelations.map((o) => o.type)).toEqual(['source', 'source', 'source', 'target']);
  });

  it('stores nothing when every row is rejected, and refuses rows outside the list', async () => {
    const { handlers } = await setup(() => [MARA_EDITED]);
    const result = await handlers.importDataset({ purpose: 'colleague' });
    const migration = result.status === 'imported' ? result.migrations?.[0] : undefined;
    if (migration === undefined) throw new Error('no migration');
    const { migrationId } = migration;
    await expect(handlers.resolveMigration({ migrationId, accept: [19] })).rejects.toBeInstanceOf(IpcFailure);
    expect(await handlers.resolveMigration({ migrationId, accept: [] })).toMatchObject({ stored: 0, rejected: 18, orphaned: 1 });
    expect((await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets).toEqual([]);
  });
});

describe('corpusAgreementCounts', () => {
  it('gives the counts of each document with a set by that colleague, equal to computeAgreement on the same sets', async () => {
    const { handlers, store } = await setup(() => [JONAS]);
    await handlers.importDataset({ purpose: 'colleague' });
    const mine = jonasAnnotations.slice(0, 5).map((a, i) => ({ ...a, id: `m${i}`, annotator: 'tester', label: i === 0 ? 'claim' : a.label }));
    await store.saveAnnotations(ARTICLE_ID, { annotations: mine, annotator: 'tester', baseRev: 0 });
    const { documents } = await handlers.corpusAgreementCounts({ annotator: 'jonas', labelIds: [...LABEL_IDS] });
    expect(documents.map((d) => d.documentId)).toEqual([ARTICLE_ID]);
    const direct = computeAgreement([{ text: BUILTIN_ARTICLE_TEXT, reference: mine, compared: jonasAnnotations }], LABEL_IDS);
    expect(agreementReportOf(sumAgreementCounts(LABEL_IDS, documents.map((d) => d.counts)))).toEqual(direct);
    expect(direct.exactSpan.micro).toMatchObject({ tp: 4, nA: 5, nB: 18 });
    expect((await handlers.corpusAgreementCounts({ annotator: 'nobody', labelIds: [...LABEL_IDS] })).documents).toEqual([]);
  });
});
