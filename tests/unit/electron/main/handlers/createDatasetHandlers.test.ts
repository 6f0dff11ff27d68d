import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatasetHandlers } from '../../../../../electron/main/handlers/createDatasetHandlers';
import { createHandlers } from '../../../../../electron/main/handlers/createHandlers';
import type { HandlerDeps, OpenDialogRequest, SaveDialogRequest } from '../../../../../electron/main/handlers/handlerDeps';
import { IpcFailure } from '../../../../../electron/main/ipc/createIpcRouter';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import type { DocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import type { Annotation } from '@shared/annotation/annotation';
import { BUILTIN_ARTICLE_SOURCE, BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { FORMAT_REGISTRY } from '@shared/formats/formatRegistry';
import { canonicalDataset } from '@shared/formats/canonicalDataset';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { documentIdOf } from '@shared/text/documentId';
import { JONAS, MIXED, REPO, snapshotTree, tempDir } from '../../cli/cliTestKit';
import { storeOn } from '../../node/store/storeTestKit';

const ARTICLE_ID = documentIdOf(BUILTIN_ARTICLE_TEXT);
const EMOJI_TEXT = 'Die Kanzlerin 😀 sagte am Montag: „Ja.“ Mu\u0308ller nickte.'.normalize('NFC');
const EMOJI_ID = documentIdOf(EMOJI_TEXT);
const NOW = new Date('2026-11-27T09:30:00.000Z');

interface Harness {
  deps: HandlerDeps;
  store: DocumentStore;
  dataDir: string;
  out: string;
  events: Array<[string, unknown]>;
  saves: SaveDialogRequest[];
  opens: OpenDialogRequest[];
  answerSave(value: string | null): void;
  answerOpen(value: string | null): void;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function harness(annotator = 'tester'): Promise<Harness> {
  const dataDir = tempDir('tagwerk-datasets-');
  const out = tempDir('tagwerk-export-');
  const store = storeOn(dataDir);
  await store.init();
  const settings = createConfSettings({ dataDir });
  settings.update({ annotator });
  const events: Array<[string, unknown]> = [];
  const saves: SaveDialogRequest[] = [];
  const opens: OpenDialogRequest[] = [];
  let save: string | null = null;
  let open: string | null = null;
  const deps: HandlerDeps = {
    shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'analyst' }),
    store,
    settings,
    dialogs: {
      showSave: async (request) => (saves.push(request), save),
      showOpen: async (request) => (opens.push(request), open === null ? null : [open]),
    },
    clock: () => NOW,
    startupNotices: [],
    emit: (event, payload) => void events.push([event, payload]),
    onSaveState: () => undefined,
  };
  // Awaited before the folder is removed: a flush writes the summary index.
  cleanups.push(() => store.flush());
  return { deps, store, dataDir, out, events, saves, opens, answerSave: (v) => (save = v), answerOpen: (v) => (open = v) };
}

const mine = (id: string, label: string, text: string, source: string, annotator = 'tester'): Annotation => {
  const start = Array.from(source.slice(0, source.indexOf(text))).length;
  return { id, label, start, end: start + Array.from(text).length, text, annotator };
};

async function storeTagged(h: Harness): Promise<void> {
  await h.store.putDocument({ text: BUILTIN_ARTICLE_TEXT, title: 'DVRK und Russland', source: BUILTIN_ARTICLE_SOURCE, encoding: 'utf-8', language: 'de' });
  await h.store.putDocument({ text: EMOJI_TEXT, title: 'Kurz: „Ja.“ 😀', source: 'kurz.txt', encoding: 'utf-8', language: 'de' });
  await h.store.saveAnnotations(ARTICLE_ID, { annotator: 'tester', baseRev: 0, annotations: [mine('a1', 'actor', 'Wladimir Putin', BUILTIN_ARTICLE_TEXT)] });
  await h.store.saveAnnotations(EMOJI_ID, {
    annotator: 'tester',
    baseRev: 0,
    annotations: [mine('b1', 'actor', 'Kanzlerin 😀', EMOJI_TEXT), mine('b2', 'date', 'am Montag', EMOJI_TEXT), mine('b3', 'actor', 'Müller', EMOJI_TEXT)],
  });
}

const failureOf = async (call: unknown): Promise<IpcFailure> => {
  const error = await Promise.resolve(call).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IpcFailure);
  return error as IpcFailure;
};

describe('exportDataset', () => {
  it('writes the current document as tagwerk JSON through the save dialog, with progress and a summary', async () => {
    const h = await harness();
    await storeTagged(h);
    const target = path.join(h.out, 'kurz.tagwerk.json');
    h.answerSave(target);
    const result = await createDatasetHandlers(h.deps).exportDataset({ scope: 'document', documentId: EMOJI_ID, format: 'tagwerk', colleagueSets: false });
    // The OS locale is German and the language setting "system": main's dialogs speak German.
    expect(h.saves).toEqual([{ title: 'Als tagwerk exportieren', defaultName: 'Kurz „Ja.“ 😀.tagwerk.json', filters: [{ name: 'Tagwerk dataset (JSON)', extensions: ['json'] }] }]);
    expect(result).toEqual({ status: 'exported', format: 'tagwerk', documents: 1, annotations: 3, bytes: statSync(target).size, files: 1, name: 'kurz.tagwerk.json', warnings: [] });
    const parsed = parseTagwerkDataset(readFileSync(target, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.dataset.annotator).toBe('tester');
    expect(parsed.dataset.exportedAt).toBe(NOW.toISOString());
    expect(parsed.dataset.documents[0]?.annotations.map((a) => [a.start, a.end, a.text])).toEqual([
      [4, 15, 'Kanzlerin 😀'],
      [22, 31, 'am Montag'],
      [39, 45, 'Müller'],
    ]);
    expect(h.events).toEqual([['exportProgress', { done: 1, total: 1 }]]);
  });

  it('exports the whole corpus; colleagues’ imported sets only when asked', async () => {
    const h = await harness();
    await storeTagged(h);
    h.answerOpen(path.join(REPO, JONAS));
    const handlers = createDatasetHandlers(h.deps);
    expect((await handlers.importDataset(undefined)).status).toBe('imported');
    h.answerSave(path.join(h.out, 'mine.jsonl'));
    const own = await handlers.exportDataset({ scope: 'corpus', format: 'doccano', colleagueSets: false });
    expect(h.saves.at(-1)?.defaultName).toBe('tagwerk-corpus.doccano.jsonl');
    expect(own).toMatchObject({ status: 'exported', documents: 2, annotations: 4, files: 1, name: 'mine.jsonl' });
    h.answerSave(path.join(h.out, 'all.jsonl'));
    const all = await handlers.exportDataset({ scope: 'corpus', format: 'doccano', colleagueSets: true });
    expect(all).toMatchObject({ status: 'exported', documents: 2, annotations: 4 + 18 });
    // One line per document and annotator: my two documents, plus jonas's set on the article.
    const lines = readFileSync(path.join(h.out, 'all.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    const progress = h.events.filter(([e]) => e === 'exportProgress').map(([, p]) => p);
    expect(progress).toEqual([
      { done: 1, total: 2 },
      { done: 2, total: 2 },
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  it('writes brat into a folder named in the save dialog: a .txt and an .ann per document', async () => {
    const h = await harness();
    await storeTagged(h);
    const folder = path.join(h.out, 'corpus-brat');
    h.answerSave(folder);
    const result = await createDatasetHandlers(h.deps).exportDataset({ scope: 'corpus', format: 'brat', colleagueSets: false });
    expect(h.saves[0]).toMatchObject({ defaultName: 'tagwerk-corpus-brat', filters: [] });
    expect(result).toMatchObject({ status: 'exported', documents: 2, files: 5, name: 'corpus-brat' });
    expect(readdirSync(folder).sort()).toEqual(['000_2010653594c6cf10.ann', '000_2010653594c6cf10.txt', 'annotation.conf', 'kurz.ann', 'kurz.txt']);
    expect(readFileSync(path.join(folder, 'kurz.ann'), 'utf8')).toContain('T1\tactor 4 15\tKanzlerin 😀');
  });

  it('writes Label Studio offsets in code points, as Label Studio counts them', async () => {
    const h = await harness();
    await storeTagged(h);
    h.answerSave(path.join(h.out, 'ls.json'));
    await createDatasetHandlers(h.deps).exportDataset({ scope: 'document', documentId: EMOJI_ID, format: 'labelstudio', colleagueSets: false });
    const tasks = JSON.parse(readFileSync(path.join(h.out, 'ls.json'), 'utf8')) as Array<{ annotations: Array<{ result: Array<{ value: { start: number; end: number; text: string } }> }> }>;
    const values = tasks[0]?.annotations[0]?.result.map((r) => r.value);
    expect(values?.map((v) => [v.start, v.end])).toEqual([
      [4, 15],
      [22, 31],
      [39, 45],
    ]);
    for (const v of values ?? []) expect(Array.from(EMOJI_TEXT).slice(v.start, v.end).join('')).toBe(v.text);
  });

  it('writes nothing and sends no progress when the save dialog is cancelled', async () => {
    const h = await harness();
    await storeTagged(h);
    h.answerSave(null);
    expect(await createDatasetHandlers(h.deps).exportDataset({ scope: 'corpus', format: 'tagwerk', colleagueSets: true })).toEqual({ status: 'cancelled' });
    expect(readdirSync(h.out)).toEqual([]);
    expect(h.events).toEqual([]);
  });

  it('refuses an unknown document before any dialog', async () => {
    const h = await harness();
    const failure = await failureOf(createDatasetHandlers(h.deps).exportDataset({ scope: 'document', documentId: `sha256:${'a'.repeat(64)}`, format: 'spacy', colleagueSets: false }));
    expect(failure.code).toBe('not-found');
    expect(h.saves).toEqual([]);
  });

  it('says which file could not be written, and leaves no partial file', async () => {
    const h = await harness();
    await storeTagged(h);
    h.answerSave(path.join(h.out, 'missing-folder', 'x.tagwerk.json'));
    const failure = await failureOf(createDatasetHandlers(h.deps).exportDataset({ scope: 'corpus', format: 'tagwerk', colleagueSets: false }));
    expect(failure.message).toBe('x.tagwerk.json: no such file or folder');
    expect(readdirSync(h.out)).toEqual([]);
  });

  it('runs one export or import at a time', async () => {
    const h = await harness();
    await storeTagged(h);
    let release: (value: string | null) => void = () => undefined;
    let asked: () => void = () => undefined;
    const dialogShown = new Promise<void>((resolve) => (asked = resolve));
    h.deps.dialogs.showSave = () => new Promise((resolve) => ((release = resolve), asked()));
    const handlers = createDatasetHandlers(h.deps);
    const first = handlers.exportDataset({ scope: 'corpus', format: 'spacy', colleagueSets: false });
    await dialogShown;
    const second = await failureOf(handlers.importDataset(undefined));
    expect(second.message).toMatch(/still running/);
    release(null);
    expect(await first).toEqual({ status: 'cancelled' });
    h.answerOpen(null);
    expect(await handlers.importDataset(undefined)).toEqual({ status: 'cancelled' });
  });
});

describe('importDataset', () => {
  it('stores a colleague’s file as their set and says so per document; again: unchanged', async () => {
    const h = await harness();
    h.answerOpen(path.join(REPO, JONAS));
    const handlers = createDatasetHandlers(h.deps);
    const result = await handlers.importDataset(undefined);
    expect(h.opens).toEqual([{ title: 'Markierungen importieren', filters: [{ name: 'Tagwerk, doccano, Label Studio, spaCy, W3C, brat (.ann), WebAnno TSV', extensions: ['json', 'jsonl', 'jsonld', 'ann', 'tsv'] }], multiple: false }]);
    expect(result).toEqual({
      status: 'imported',
      name: '000_2010653594c6cf10.jonas.tagwerk.json',
      format: 'tagwerk',
      purpose: 'mine',
      losses: [],
      annotator: 'jonas',
      exportedAt: '2026-11-20T10:00:00.000Z',
      documents: [{ id: ARTICLE_ID, title: 'DVRK und Russland ratifizieren Partnerschaftsabkommen', created: true, mine: null, colleagues: [{ annotator: 'jonas', annotations: 18, relations: 0, relationsDropped: 0, outcome: 'stored' }] }],
      warnings: [],
    });
    expect(h.events).toEqual([['documentsChanged', {}]]);
    expect((await h.store.listColleagueSets(ARTICLE_ID)).sets.map((s) => [s.annotator, s.annotations.length])).toEqual([['jonas', 18]]);
    expect((await h.store.loadAnnotations(ARTICLE_ID)).annotations).toEqual([]);
    const again = await handlers.importDataset(undefined);
    expect(again).toMatchObject({ status: 'imported', documents: [{ created: false, colleagues: [{ outcome: 'unchanged' }] }] });
  });

  it('merges annotations by me into my set (emoji and NFD texts) and others into colleague sets', async () => {
    const h = await harness('kim');
    h.answerOpen(path.join(REPO, MIXED));
    const result = await createDatasetHandlers(h.deps).importDataset(undefined);
    if (result.status !== 'imported') throw new Error(JSON.stringify(result));
    expect(result.documents.map((d) => [d.created, d.mine?.added, d.mine?.annotator, d.colleagues.map((c) => `${c.annotator}:${c.outcome}`)])).toEqual([
      [true, expect.any(Number), 'kim', ['jonas:stored']],
      [true, expect.any(Number), 'kim', ['jonas:stored']],
    ]);
    for (const d of result.documents) {
      const stored = await h.store.loadAnnotations(d.id);
      expect(stored.annotations).toHaveLength(d.mine?.added ?? -1);
      expect(stored.annotations.every((a) => a.annotator === 'kim')).toBe(true);
    }
  });

  it('refuses a file with wrong spans: every problem listed span by span, nothing stored', async () => {
    const h = await harness();
    await storeTagged(h);
    const before = snapshotTree(h.dataDir);
    h.answerOpen(path.join(REPO, 'tests/fixtures/cli/broken-spans.tagwerk.json'));
    const result = await createDatasetHandlers(h.deps).importDataset(undefined);
    if (result.status !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.name).toBe('broken-spans.tagwerk.json');
    expect(result.total).toBe(4);
    expect(result.problems.map((p) => [p.path, p.annotation?.id ?? null])).toEqual([
      ['documents[0].id', null],
      ['documents[0].annotations[1].text', 'a2'],
      ['documents[0].annotations[2].label', 'a3'],
      ['documents[0].annotations[3].end', 'a4'],
    ]);
    expect(result.problems[1]).toMatchObject({
      document: { index: 0, title: 'Kurzmeldung' },
      annotation: { index: 1, id: 'a2', label: 'date', start: 22, end: 31, text: 'am Montaag' },
    });
    expect(result.problems[1]?.message).toBe('span 22..31 reads "am Montag" but the annotation quotes "am Montaag"');
    expect(result.problems[0]?.message).toMatch(/^document id sha256:0{64} is not the sha256 of its text/);
    expect(snapshotTree(h.dataDir)).toEqual(before);
    expect(h.events).toEqual([]);
  });

  it('lists shape problems with the fields the file has, leaving out ones of the wrong type', async () => {
    const h = await harness();
    h.answerOpen(path.join(REPO, 'tests/fixtures/cli/broken-shape.tagwerk.json'));
    const result = await createDatasetHandlers(h.deps).importDataset(undefined);
    if (result.status !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'version: must be 1 or 2',
      'exportedAt: is required',
      'annotator: must not be empty',
      'documents[0].annotations[0].start: must be of type number',
      'documents[0].annotations[0].annotator: is required',
    ]);
    expect(result.problems[3]?.annotation).toEqual({ index: 0, id: 'a1', label: 'actor', end: 13, text: 'Kanzlerin' });
    expect((await h.store.listDocuments()).documents).toEqual([]);
  });

  it('refuses a file over the size cap before reading it, and one that is not JSON', async () => {
    const h = await harness();
    const big = path.join(h.out, 'big.json');
    writeFileSync(big, `${' '.repeat(2048)}{}`);
    h.answerOpen(big);
    const capped = await createDatasetHandlers(h.deps, { maxBytes: 1024 }).importDataset(undefined);
    expect(capped).toEqual({ status: 'invalid', name: 'big.json', total: 1, problems: [{ path: '', code: 'fileTooLarge', limit: 1024, message: 'is 2050 bytes; the limit is 1024 bytes' }] });
    const text = path.join(h.out, 'notes.jsonl');
    writeFileSync(text, 'Kim sagte Ja. 😀\n');
    h.answerOpen(text);
    expect(await createDatasetHandlers(h.deps).importDataset(undefined)).toMatchObject({ status: 'invalid', problems: [{ code: 'unknownFormat', message: expect.stringMatching(/^is in no format Tagwerk reads/) }] });
    const broken = path.join(h.out, 'broken.json');
    writeFileSync(broken, '{"format": "tagwerk.dataset",');
    h.answerOpen(broken);
    const notJson = await createDatasetHandlers(h.deps).importDataset(undefined);
    expect(notJson).toMatchObject({ status: 'invalid', total: 1, problems: [{ path: '', code: 'notJson', message: expect.stringMatching(/^not valid JSON/) }] });
    expect((await h.store.listDocuments()).documents).toEqual([]);
  });
});

describe('importDataset: every format Tagwerk reads, one Import…', () => {
  const RELATIONS = 'tests/fixtures/formats/relations.tagwerk.json';
  const LS_PEER = 'tests/fixtures/formats/peers/labelstudio-export.json';

  it.each(FORMAT_REGISTRY.filter((e) => !('exportOnly' in e) && e.id !== 'tagwerk').map((e) => [e.id, e] as const))(
    'recognises a %s export of kim’s and jonas’s tags (emoji and NFD texts) and stores every set with its relations, losing nothing',
    async (id, entry) => {
      const h = await harness('kim');
      const parsed = parseTagwerkDataset(readFileSync(path.join(REPO, RELATIONS), 'utf8'));
      // Exports come from the store, so their texts are canonical (the fixture's second text is NFD).
      const dataset = parsed.ok ? canonicalDataset(parsed.dataset) : parsed;
      if (!dataset.ok) throw new Error('fixture');
      // W3C holds no texts: they come from the store, as in the window.
      for (const d of dataset.dataset.documents) await h.store.putDocument({ text: d.text, title: d.title, source: d.source, encoding: 'utf-8' });
      const files = entry.output === 'file' ? [{ name: `corpus${entry.suffix}`, content: entry.adapter.serialize(dataset.dataset) }] : entry.adapter.serialize(dataset.dataset);
      for (const f of files) {
        mkdirSync(path.dirname(path.join(h.out, f.name)), { recursive: true });
        writeFileSync(path.join(h.out, f.name), f.content);
      }
      const chosen = files.find((f) => entry.output === 'file' || f.name.endsWith('.ann') || f.name.endsWith('.tsv'))?.name ?? '';
      h.answerOpen(path.join(h.out, chosen));
      const result = await createDatasetHandlers(h.deps).importDataset({ purpose: 'mine' });
      if (result.status !== 'imported') throw new Error(JSON.stringify(result));
      expect(result).toMatchObject({ format: id, purpose: 'mine', losses: [] });
      expect(result.documents.length).toBeGreaterThan(0);
      if (id !== 'webanno') expect(result.documents.reduce((n, d) => n + (d.mine?.relationsAdded ?? 0), 0)).toBeGreaterThan(0);
    },
  );

  it("stores a colleague's Label Studio file under the name given, with its relation, and lists what it could not import", async () => {
    const h = await harness();
    h.answerOpen(path.join(REPO, LS_PEER));
    const result = await createDatasetHandlers(h.deps).importDataset({ purpose: 'colleague', colleague: 'Jonas Müller' });
    if (result.status !== 'imported') throw new Error(JSON.stringify(result));
    expect(h.opens[0]?.title).toBe('Markierungen einer Kollegin / eines Kollegen importieren');
    expect(result.format).toBe('labelstudio');
    expect(result.losses.map((l) => [l.kind, l.count])).toEqual([['prediction', 1], ['choice', 1], ['textarea', 1], ['cancelled', 1]]);
    expect(result.documents[0]?.colleagues.map((c) => [c.annotator, c.annotations, c.relations]).sort()).toEqual([['labelstudio-1', 4, 1], ['labelstudio-2', 2, 0]]);
  });

  it("names a colleague's set after the file when the format names no one and no name was given", async () => {
    const h = await harness();
    const file = path.join(h.out, 'jonas.doccano.jsonl');
    writeFileSync(file, `${JSON.stringify({ text: EMOJI_TEXT, label: [[0, 13, 'actor']] })}\n`);
    h.answerOpen(file);
    const result = await createDatasetHandlers(h.deps).importDataset({ purpose: 'colleague' });
    expect(result).toMatchObject({ status: 'imported', format: 'doccano', documents: [{ mine: null, colleagues: [{ annotator: 'jonas', annotations: 1 }] }] });
  });
});


describe('a colleague’s file made on an edited copy, through Import…', () => {
  const EDITED = path.join(REPO, 'tests/fixtures/review/000_2010653594c6cf10.edited.mara.tagwerk.json');

  it('opens migrations (nothing stored, no second document) that review resolves onto my text, as review’s own import did', async () => {
    const h = await harness();
    await h.store.putDocument({ text: BUILTIN_ARTICLE_TEXT, title: 'DVRK und Russland', source: BUILTIN_ARTICLE_SOURCE, encoding: 'utf-8', language: 'de' });
    const handlers = createHandlers(h.deps);
    h.answerOpen(EDITED);
    const result = await handlers.importDataset({ purpose: 'colleague' });
    if (result.status !== 'imported') throw new Error(`expected an import, got ${result.status}`);
    expect(result.documents).toEqual([]);
    expect(result.migrations?.map((m) => [m.documentId, m.annotator, m.rows.length])).toEqual([[ARTICLE_ID, 'mara', 19]]);
    expect((await h.store.listDocuments()).documents).toHaveLength(1);
    expect((await h.store.listColleagueSets(ARTICLE_ID)).sets).toEqual([]);
    const migration = result.migrations?.[0];
    if (migration === undefined) throw new Error('expected a migration');
    const placed = migration.rows.filter((r) => r.status !== 'orphaned').map((r) => r.index);
    const outcome = await handlers.resolveMigration({ migrationId: migration.migrationId, accept: placed });
    expect(outcome).toMatchObject({ documentId: ARTICLE_ID, annotator: 'mara', stored: 18 });
    expect((await h.store.listColleagueSets(ARTICLE_ID)).sets.map((s) => [s.annotator, s.annotations.length])).toEqual([['mara', 18]]);
  });
  it('re-anchors each row onto my text: moved by the inserted sentence, fuzzy over the changed word, orphaned where my text has no place', async () => {
    const h = await harness();
    await h.store.putDocument({ text: BUILTIN_ARTICLE_TEXT, title: 'DVRK und Russland', source: BUILTIN_ARTICLE_SOURCE, encoding: 'utf-8', language: 'de' });
    h.answerOpen(EDITED);
    const result = await createHandlers(h.deps).importDataset({ purpose: 'colleague' });
    if (result.status !== 'imported') throw new Error(`expected an import, got ${result.status}`);
    // Progress goes out before the job starts and when it ends (this thread: no batches in between).
    expect(h.events).toEqual([
      ['reanchorProgress', { annotator: 'mara', done: 0, total: 19 }],
      ['reanchorProgress', { annotator: 'mara', done: 19, total: 19 }],
      ['documentsChanged', {}],
    ]);
    const [migration] = result.migrations ?? [];
    expect(migration).toMatchObject({ documentId: ARTICLE_ID, annotator: 'mara', matchedBy: 'source', theirTitle: 'DVRK und Russland ratifizieren Partnerschaftsabkommen' });
    const rows = migration?.rows ?? [];
    const byText = (oldText: string) => rows.find((r) => r.oldText === oldText);
    expect(byText('Wladimir Putin')).toMatchObject({ status: 'moved', oldStart: 278 + 70, start: 278, end: 292, text: 'Wladimir Putin' });
    const quote = rows.find((r) => r.oldText.includes('militärischen Angriff'));
    expect(quote).toMatchObject({ status: 'fuzzy', start: 1151, end: 1424 });
    expect(quote?.text).toContain('bewaffneten Angriff');
    expect(quote?.score).toBeGreaterThan(0.9);
    expect(quote?.score).toBeLessThan(1);
    // Listed as orphaned, never dropped.
    expect(byText('Delegation aus Moskau')).toMatchObject({ status: 'orphaned' });
    expect(byText('Delegation aus Moskau')?.start).toBeUndefined();
    for (const row of rows) {
      if (row.status !== 'orphaned') expect(Array.from(BUILTIN_ARTICLE_TEXT).slice(row.start, row.end).join('')).toBe(row.text);
    }
  });
});

describe('a colleague’s file through Import… (what review’s own import did)', () => {
  const jonasAnnotations = (JSON.parse(readFileSync(path.join(REPO, JONAS), 'utf8')) as { documents: [{ annotations: Annotation[] }] }).documents[0].annotations;

  it('stores a colleague file of a stored text as their set, ids, offsets and save time unchanged, and my set untouched', async () => {
    const h = await harness();
    await h.store.putDocument({ text: BUILTIN_ARTICLE_TEXT, title: 'DVRK und Russland', source: BUILTIN_ARTICLE_SOURCE, encoding: 'utf-8', language: 'de' });
    h.answerOpen(path.join(REPO, JONAS));
    const handlers = createHandlers(h.deps);
    const result = await handlers.importDataset({ purpose: 'colleague' });
    expect(result).toMatchObject({ status: 'imported', purpose: 'colleague', documents: [{ id: ARTICLE_ID, created: false, mine: null, colleagues: [{ annotator: 'jonas', annotations: 18, outcome: 'stored' }] }] });
    const { sets } = await handlers.listColleagueSets({ documentId: ARTICLE_ID });
    expect(sets.map((s) => s.savedAt)).toEqual(['2026-11-20T10:00:00.000Z']);
    expect(sets[0]?.annotations.map((a) => [a.id, a.label, a.start, a.end, a.text])).toEqual(jonasAnnotations.map((a) => [a.id, a.label, a.start, a.end, a.text]));
    expect((await h.store.loadAnnotations(ARTICLE_ID)).annotations).toEqual([]);
    expect(await handlers.importDataset({ purpose: 'colleague' })).toMatchObject({ documents: [{ colleagues: [{ outcome: 'unchanged' }] }] });
    expect((await handlers.listColleagueSets({ documentId: ARTICLE_ID })).sets).toHaveLength(1);
  });

  it('never stores me as my own colleague: my spans in a colleague file go to my set', async () => {
    const h = await harness('jonas');
    await h.store.putDocument({ text: BUILTIN_ARTICLE_TEXT, title: 'DVRK und Russland', source: BUILTIN_ARTICLE_SOURCE, encoding: 'utf-8', language: 'de' });
    h.answerOpen(path.join(REPO, JONAS));
    const result = await createHandlers(h.deps).importDataset({ purpose: 'colleague' });
    expect(result).toMatchObject({ status: 'imported', documents: [{ mine: { annotator: 'jonas', added: 18 }, colleagues: [] }] });
    expect((await h.store.listColleagueSets(ARTICLE_ID)).sets).toEqual([]);
  });

  it('adds a document whose text, title and source match nothing (emoji, NFD umlaut stored as NFC), with the colleague set on it', async () => {
    const h = await harness();
    const text = 'Ein anderer Text über 😀 und Mu\u0308ller.';
    const file = path.join(h.out, 'other.tagwerk.json');
    writeFileSync(file, JSON.stringify({
      format: 'tagwerk.dataset', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', annotator: 'jonas', offsetUnit: 'codepoint',
      labels: [{ id: 'actor', name: 'Actor' }],
      documents: [{ id: documentIdOf(text), title: 'Anderer Text', language: 'de', source: 'anderer.txt', text, annotations: [{ id: 'x1', label: 'actor', start: 0, end: 3, text: 'Ein', annotator: 'jonas' }] }],
    }));
    h.answerOpen(file);
    const result = await createHandlers(h.deps).importDataset({ purpose: 'colleague' });
    expect(result).toMatchObject({ status: 'imported', documents: [{ id: documentIdOf(text.normalize('NFC')), created: true, colleagues: [{ annotator: 'jonas', annotations: 1, outcome: 'stored' }] }] });
    expect(h.events).toEqual([['documentsChanged', {}]]);
  });
});
