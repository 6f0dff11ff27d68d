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
import { createReviewHandlers } from '../../../../../electron/main/handlers/createReviewHandlers';
import type { HandlerDeps } from '../../../../../electron/main/handlers/handlerDeps';
import { IpcFailure } from '../../../../../electron/main/ipc/createIpcRouter';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { storeOn, tempDataDir } from '../../node/store/storeTestKit';

const REVIEW = fileURLToPath(new URL('../../../../fixtures/review/', import.meta.url));
const JONAS = path.join(REVIEW, '000_2010653594c6cf10.jonas.tagwerk.json');
const MARA_EDITED = path.join(REVIEW, '000_2010653594c6cf10.edited.mara.tagwerk.json');
const BROKEN = fileURLToPath(new URL('../../../../fixtures/cli/broken-spans.tagwerk.json', import.meta.url));
const ARTICLE_ID = documentIdOf(BUILTIN_ARTICLE_TEXT);
const jonasAnnotations = (JSON.parse(readFileSync(JONAS, 'utf8')) as { documents: [{ annotations: Annotation[] }] }).documents[0].annotations;

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** Review handlers on a fresh store holding the built-in article; `pick` is what the open dialog returns. */
async function setup(pick: () => string[] | null, annotator = 'tester') {
  const { dataDir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  const store = storeOn(dataDir);
  await store.init();
  const settings = createConfSettings({ dataDir });
  settings.update({ annotator });
  const emitted: string[] = [];
  const deps: HandlerDeps = {
    shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'analyst' }),
    store,
    settings,
    dialogs: { showOpen: async () => pick(), showSave: async () => null },
    clock: () => new Date('2026-11-27T10:00:00.000Z'),
    startupNotices: [],
    emit: (event) => void emitted.push(event),
    onSaveState: () => undefined,
  };
  await ensureBuiltinDocument(deps);
  return { store, handlers: createReviewHandlers(deps), emitted };
}

describe('importColleagueTags', () => {
  it('stores a colleague file of the same text as their set at once, unchanged', async () => {
    const { handlers, store } = await setup(() => [JONAS]);
    const result = await handlers.importColleagueTags(undefined);
    expect(result).toEqual({
      status: 'imported',
      file: '000_2010653594c6cf10.jonas.tagwerk.json',
      stored: [{ documentId: ARTICLE_ID, title: expect.any(String) as string, annotator: 'jonas', count: 18, outcome: 'stored', addedDocument: false }],
      migrations: [],
      skippedOwn: 0,
    });
    const { sets } = await handlers.listColleagueSets({ documentId: ARTICLE_ID });
    expect(sets).toHaveLength(1);
    expect(sets[0]?.savedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(sets[0]?.annotations.map((a) => [a.id, a.label, a.start, a.end, a.text])).toEqual(jonasAnnotations.map((a) => [a.id, a.label, a.start, a.end, a.text]));
    expect((await store.loadAnnotations(ARTICLE_ID)).annotations).toEqual([]);
    // Importing the same file again changes nothing and adds no second set.
    const again = await handlers.importColleagueTags(undefined);
    expect(again.status === 'imported' && again.stored[0]?.outcome).toBe('unchanged');
    expect((await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets).toHaveLength(1);
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const { handlers } = await setup(() => null);
    expect(await handlers.importColleagueTags(undefined)).toEqual({ status: 'cancelled' });
    expect((await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets).toEqual([]);
  });

  it('lists the problems of an invalid file and stores nothing of it', async () => {
    const { handlers } = await setup(() => [BROKEN]);
    const result = await handlers.importColleagueTags(undefined);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.file).toBe('broken-spans.tagwerk.json');
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
    expect((await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets).toEqual([]);
  });

  it('skips and counts my own spans in the file: this imports colleagues only', async () => {
    const { handlers } = await setup(() => [JONAS], 'jonas');
    const result = await handlers.importColleagueTags(undefined);
    expect(result).toMatchObject({ status: 'imported', stored: [], migrations: [], skippedOwn: 18 });
  });

  it('re-anchors a colleague file made on an edited copy (same source) into a migration list; nothing is stored before it is resolved', async () => {
    const { handlers, emitted } = await setup(() => [MARA_EDITED]);
    const result = await handlers.importColleagueTags(undefined);
    if (result.status !== 'imported') throw new Error(result.status);
    expect(result.stored).toEqual([]);
    expect(emitted).toEqual([]);
    const [migration] = result.migrations;
    expect(migration).toMatchObject({ documentId: ARTICLE_ID, annotator: 'mara', matchedBy: 'source', theirTitle: 'DVRK und Russland ratifizieren Partnerschaftsabkommen' });
    const rows = migration?.rows ?? [];
    expect(rows).toHaveLength(19);
    const byId = (oldText: string) => rows.find((r) => r.oldText === oldText);
    // The sentence inserted at the start moved every span; the changed word makes the long quote fuzzy.
    expect(byId('Wladimir Putin')).toMatchObject({ status: 'moved', oldStart: 278 + 70, start: 278, end: 292, text: 'Wladimir Putin' });
    const quote = rows.find((r) => r.oldText.includes('militärischen Angriff'));
    expect(quote).toMatchObject({ status: 'fuzzy', start: 1151, end: 1424 });
    expect(quote?.text).toContain('bewaffneten Angriff');
    expect(quote?.score).toBeGreaterThan(0.9);
    expect(quote?.score).toBeLessThan(1);
    // A span on the inserted sentence has no place in my text: listed as orphaned, never dropped.
    expect(byId('Delegation aus Moskau')).toMatchObject({ status: 'orphaned' });
    expect(byId('Delegation aus Moskau')?.start).toBeUndefined();
    for (const row of rows) {
      if (row.status === 'orphaned') continue;
      expect(Array.from(BUILTIN_ARTICLE_TEXT).slice(row.start, row.end).join('')).toBe(row.text);
    }
    expect((await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets).toEqual([]);
  });

  it('adds a document whose text, title and source match nothing, with the colleague set on it', async () => {
    const { dataDir, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    const file = path.join(dataDir, 'other.tagwerk.json');
    const text = 'Ein anderer Text über 😀 und Mu\u0308ller.';
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify({
      format: 'tagwerk.dataset', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', annotator: 'jonas', offsetUnit: 'codepoint',
      labels: [{ id: 'actor', name: 'Actor' }],
      documents: [{ id: documentIdOf(text), title: 'Anderer Text', language: 'de', source: 'anderer.txt', text, annotations: [{ id: 'x1', label: 'actor', start: 0, end: 3, text: 'Ein', annotator: 'jonas' }] }],
    }));
    const { handlers, emitted } = await setup(() => [file]);
    const result = await handlers.importColleagueTags(undefined);
    // The NFD umlaut is stored canonical (NFC), so the document is the NFC text's.
    expect(result).toMatchObject({ status: 'imported', stored: [{ documentId: documentIdOf(text.normalize('NFC')), annotator: 'jonas', count: 1, addedDocument: true }] });
    expect(emitted).toEqual(['documentsChanged']);
  });
});

describe('resolveMigration', () => {
  it('stores the accepted rows at their new places as the colleague set, and counts rejected and orphaned rows', async () => {
    const { handlers } = await setup(() => [MARA_EDITED]);
    const result = await handlers.importColleagueTags(undefined);
    if (result.status !== 'imported') throw new Error(result.status);
    const migration = result.migrations[0];
    if (!migration) throw new Error('no migration');
    const putin = migration.rows.find((r) => r.oldText === 'Wladimir Putin');
    const accept = migration.rows.filter((r) => r !== putin).map((r) => r.index);
    const outcome = await handlers.resolveMigration({ migrationId: migration.migrationId, accept });
    expect(outcome).toEqual({ documentId: ARTICLE_ID, annotator: 'mara', stored: 17, rejected: 1, orphaned: 1 });
    const [set] = (await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets;
    expect(set?.annotator).toBe('mara');
    expect(set?.annotations.map((a) => [a.label, a.start, a.end, a.text])).toEqual(
      jonasAnnotations.filter((a) => a.text !== 'Wladimir Putin').map((a) => [a.label, a.start, a.end, a.text]),
    );
    // A resolved migration is gone: resolving it twice cannot store twice.
    await expect(handlers.resolveMigration({ migrationId: migration.migrationId, accept })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('stores nothing when every row is rejected, and refuses rows outside the list', async () => {
    const { handlers } = await setup(() => [MARA_EDITED]);
    const result = await handlers.importColleagueTags(undefined);
    if (result.status !== 'imported' || !result.migrations[0]) throw new Error('no migration');
    const { migrationId } = result.migrations[0];
    await expect(handlers.resolveMigration({ migrationId, accept: [19] })).rejects.toBeInstanceOf(IpcFailure);
    expect(await handlers.resolveMigration({ migrationId, accept: [] })).toMatchObject({ stored: 0, rejected: 18, orphaned: 1 });
    expect((await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets).toEqual([]);
  });
});

describe('corpusAgreementCounts', () => {
  it('gives the counts of each document with a set by that colleague, equal to computeAgreement on the same sets', async () => {
    const { handlers, store } = await setup(() => [JONAS]);
    await handlers.importColleagueTags(undefined);
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
