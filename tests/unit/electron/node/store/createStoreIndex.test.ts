import { existsSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { documentIdOf } from '@shared/text/documentId';
import { codePointLength } from '@shared/text/offsetConverter';
import { importDataset } from '../../../../../electron/node/datasets/importDataset';
import { storeIndexPath } from '../../../../../electron/node/store/createStoreIndex';
import { documentPaths } from '../../../../../electron/node/store/documentPaths';
import type { DocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import { createFaultyFs } from './faultyFs';
import { storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

// An emoji (two UTF-16 units, one code point) and an NFD umlaut (two code points) before the tags.
const TEXT = 'Gu\u0308lşen 📰 sagte: „Die Grenze bleibt offen“, erklärte Jürgen Müller am Montag.';

/** My annotation of `quote` (its first occurrence in TEXT), in code points. */
function tag(id: string, label: string, quote: string, annotator = 'jonas'): Annotation {
  const start = codePointLength(TEXT.slice(0, TEXT.indexOf(quote)));
  return { id, label, start, end: start + codePointLength(quote), text: quote, annotator };
}

const TAGS = [tag('a1', 'quote', '„Die Grenze bleibt offen“'), tag('a2', 'actor', 'Jürgen Müller'), tag('a3', 'date', 'am Montag'), tag('a4', 'actor', 'Gu\u0308lşen')];
const RELATIONS = [{ id: 'r1', type: 'source', from: 'a1', to: 'a2', annotator: 'jonas' }];
const ID = documentIdOf(TEXT);

/** A second document, so a list has more than one row. */
const OTHER = 'Zweite Meldung über Köln und Düsseldorf.';

/** Pretends index.json was written well after every document file, so no entry counts as written racily. */
function ageIndex(): void {
  const later = new Date(Date.now() + 60_000);
  utimesSync(storeIndexPath(dataDir), later, later);
}

function summaries(store: DocumentStore) {
  return store.listSummaries().then(({ documents, notices }) => ({
    rows: documents.map((d) => ({ id: d.id, title: d.meta?.title ?? null, characters: d.characters, counts: d.labelCounts && Object.entries(d.labelCounts), relations: d.relations, damage: d.damage?.code ?? null })),
    notices: notices.map((n) => n.code),
  }));
}

async function twoDocuments(): Promise<DocumentStore> {
  const store = storeOn(dataDir);
  await store.init();
  await store.putDocument({ text: TEXT, title: 'Grenze 📰', source: 'grenze.txt', encoding: 'utf-8' });
  await store.putDocument({ text: OTHER, title: 'Köln', source: 'koeln.txt', encoding: 'utf-8' });
  await store.saveAnnotations(ID, { annotations: TAGS, relations: RELATIONS, annotator: 'jonas', baseRev: 0 });
  return store;
}

describe('the summary index (index.json)', () => {
  it('is kept in step by save, rename and status, remove and restore, and a new process lists from it without reading a document file', async () => {
    const store = await twoDocuments();
    await store.updateMeta(ID, { title: 'Grenze, umbenannt', status: 'in-progress' });
    const { trashId } = await store.removeDocument(documentIdOf(OTHER));
    expect((await summaries(store)).rows.map((r) => r.id)).toEqual([ID]);
    await store.restoreDocument(trashId);
    const expected = await summaries(store);
    expect(expected.rows).toContainEqual({ id: ID, title: 'Grenze, umbenannt', characters: codePointLength(TEXT), counts: [['quote', 1], ['actor', 2], ['date', 1]], relations: 1, damage: null });
    expect(expected.rows).toHaveLength(2);
    await store.flush();
    ageIndex();

    const faulty = createFaultyFs();
    const next = storeOn(dataDir, faulty.fs);
    expect(await summaries(next)).toEqual(expected);
    // Newest change first, as before the index.
    expect((await next.listDocuments()).documents.map((m) => [m.title, m.status])).toEqual([['Grenze, umbenannt', 'in-progress'], ['Köln', undefined]]);
    expect(faulty.calls.filter((c) => c.op === 'readFile').map((c) => path.basename(c.path))).toEqual(['index.json']);
  });

  it('takes in what an import wrote (texts, my tags, my relations), once the import flushes', async () => {
    const store = storeOn(dataDir);
    await store.init();
    const dataset = {
      format: 'tagwerk.dataset' as const,
      version: 2 as const,
      exportedAt: '2026-12-01T00:00:00.000Z',
      annotator: 'jonas',
      offsetUnit: 'codepoint' as const,
      labels: ['claim', 'quote', 'date', 'actor'].map((id) => ({ id, name: id })),
      documents: [{ id: ID, title: 'Grenze', language: 'de', source: 'grenze.txt', text: TEXT, annotations: TAGS, relations: RELATIONS }],
    };
    await importDataset(store, dataset, 'jonas');
    await store.flush();
    // Version 2 rows: [id, meta, characters, counts as [label index, count, …], relations, stamps, damage, kept meta].
    const written = JSON.parse(readFileSync(storeIndexPath(dataDir), 'utf8')) as { revision: number; labels: string[]; documents: Array<[string, unknown, number, number[], number]> };
    expect(written.revision).toBe(1);
    const [row] = written.documents;
    expect([row?.[0], row?.[2], row?.[4]]).toEqual([ID, codePointLength(TEXT), 1]);
    const flat = row?.[3] ?? [];
    const counts = flat.flatMap((at, i) => (i % 2 === 0 ? [[written.labels[at], flat[i + 1]]] : [])).sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(counts).toEqual([['actor', 2], ['date', 1], ['quote', 1]]);
  });

  it('notices files changed behind its back (an edit in place, a folder added or removed) and lists what is there', async () => {
    const store = await twoDocuments();
    await store.flush();
    ageIndex();
    const annotations = path.join(dataDir, 'documents', ID.slice(7), 'annotations.json');
    const file = JSON.parse(readFileSync(annotations, 'utf8')) as { annotations: Annotation[] };
    writeFileSync(annotations, JSON.stringify({ ...file, annotations: file.annotations.slice(0, 1) }));
    const third = storeOn(dataDir);
    await third.putDocument({ text: 'Dritte Meldung 😀.', title: 'Drei', source: 'drei.txt', encoding: 'utf-8' });
    await third.removeDocument(documentIdOf(OTHER));

    const rows = (await summaries(storeOn(dataDir))).rows;
    expect(rows.map((r) => r.title).sort()).toEqual(['Drei', 'Grenze 📰']);
    expect(rows.find((r) => r.id === ID)?.counts).toEqual([['quote', 1]]);
    // A running store checks one document's files again whenever that document's summary is asked for,
    // and sees folders added or removed by anyone else at its next listing.
    expect(Object.entries((await store.summarizeDocument(ID)).labelCounts ?? {})).toEqual([['quote', 1]]);
    expect((await summaries(store)).rows.map((r) => r.title).sort()).toEqual(['Drei', 'Grenze 📰']);
  });

  it('summarizes again a file rewritten within the mtime resolution of its stamp (same size, same mtime)', async () => {
    const store = await twoDocuments();
    await store.flush();
    // Same length, other label, and index.json's stamp made equal to the new file's (as when both fall in one
    // clock tick of a coarse file system): only the racy rule (mtime not older than index.json by 2 s) catches it.
    const annotations = path.join(dataDir, 'documents', ID.slice(7), 'annotations.json');
    writeFileSync(annotations, readFileSync(annotations, 'utf8').replace('"label":"date"', '"label":"xate"'));
    const { ino, size, mtimeMs } = statSync(annotations);
    const index = JSON.parse(readFileSync(storeIndexPath(dataDir), 'utf8')) as { documents: Array<{ id: string; stamps: Record<string, unknown> }> };
    for (const entry of index.documents) if (entry.id === ID) entry.stamps.annotations = { ino, size, mtimeMs };
    writeFileSync(storeIndexPath(dataDir), JSON.stringify(index));
    expect((await summaries(storeOn(dataDir))).rows.find((r) => r.id === ID)?.counts).toEqual([['quote', 1], ['actor', 2], ['xate', 1]]);
  });

  it.each([
    ['missing', null, []],
    ['not JSON', '{"format": "tagwerk.store-index", ', ['index-rebuilt']],
    ['another format', JSON.stringify({ format: 'something', documents: [] }), ['index-rebuilt']],
    ['of a newer version', JSON.stringify({ format: 'tagwerk.store-index', schemaVersion: 99, revision: 1, writtenAt: '2026-12-01T00:00:00.000Z', labels: [], documents: [] }), ['index-rebuilt']],
    // An older Tagwerk's index is not damage: it is rebuilt without a word.
    ['of the older version 1', JSON.stringify({ format: 'tagwerk.store-index', schemaVersion: 1, revision: 1, writtenAt: '2026-12-01T00:00:00.000Z', documents: [] }), []],
  ])('is rebuilt from the folders when it is %s, with a notice unless it was simply missing', async (_name, content, notices) => {
    const store = await twoDocuments();
    await store.flush();
    const expected = (await summaries(store)).rows;
    if (content === null) unlinkSync(storeIndexPath(dataDir));
    else writeFileSync(storeIndexPath(dataDir), content);
    const next = storeOn(dataDir);
    expect(await summaries(next)).toEqual({ rows: expected, notices });
    await next.flush();
    expect(JSON.parse(readFileSync(storeIndexPath(dataDir), 'utf8'))).toMatchObject({ format: 'tagwerk.store-index', schemaVersion: 2 });
  });

  it('never lists what a damaged index claims: an id twice, an impossible count or label, a bad meta, a row of the wrong shape', async () => {
    const store = await twoDocuments();
    await store.flush();
    const expected = (await summaries(store)).rows;
    const good = JSON.parse(readFileSync(storeIndexPath(dataDir), 'utf8')) as { labels: string[]; documents: unknown[][] };
    const [first, second] = good.documents as [unknown[], unknown[]];
    const firstWith = (at: number, value: unknown) => first.map((v, i) => (i === at ? value : v));
    const meta = first[1] as unknown[];
    const metaWith = (at: number, value: unknown) => firstWith(1, meta.map((v, i) => (i === at ? value : v)));
    for (const documents of [
      [first, first, second],
      [firstWith(0, 'sha256:nothex'), second],
      [firstWith(3, [0, -3]), second],
      [firstWith(3, [good.labels.length, 1]), second],
      [firstWith(3, [0]), second],
      [firstWith(2, 1.5), second],
      [firstWith(5, [1, 2]), second],
      [firstWith(6, ['made-up', 'x']), second],
      [metaWith(4, 'yesterday'), second],
      [metaWith(6, 'finished'), second],
      [metaWith(3, ''), second],
      [metaWith(0, 'x'.repeat(1001)), second],
      [[...first, 'an extra item'], second],
      [{ id: first[0] }, second],
    ]) {
      writeFileSync(storeIndexPath(dataDir), JSON.stringify({ ...good, documents }));
      ageIndex();
      expect(await summaries(storeOn(dataDir))).toEqual({ rows: expected, notices: ['index-rebuilt'] });
    }
  });

  it.each([['constructor'], ['__proto__'], ['toString'], ['Mu\u0308ller 😀']])('keeps a label %s as data through index.json', async (label) => {
    const store = storeOn(dataDir);
    await store.putDocument({ text: TEXT, title: 't', source: 'a.txt', encoding: 'utf-8' });
    await store.saveAnnotations(ID, { annotations: TAGS.map((a) => ({ ...a, label })), annotator: 'jonas', baseRev: 0 });
    await store.flush();
    ageIndex();
    const [entry] = (await storeOn(dataDir).listSummaries()).documents;
    expect(Object.getPrototypeOf(entry?.labelCounts)).toBeNull();
    expect(Object.entries(entry?.labelCounts ?? {})).toEqual([[label, TAGS.length]]);
  });

  it('answers the first list from index.json before checking it, then corrects what changed behind its back and says so', async () => {
    const store = await twoDocuments();
    await store.updateMeta(ID, { title: 'Gu\u0308lşen 📰' });
    await store.flush();
    ageIndex();
    const metaFile = documentPaths(dataDir, ID).meta;
    const edited = { ...(JSON.parse(readFileSync(metaFile, 'utf8')) as object), title: 'Von Hand geändert 😀' };
    writeFileSync(metaFile, JSON.stringify(edited));
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const base = createFaultyFs().fs;
    // Hold every stat of a document file: the early answer must need none.
    const fs = { ...base, stat: async (p: string) => (p.includes(`${path.sep}documents${path.sep}`) && (await gate), base.stat(p)) };
    const corrected: number[] = [];
    const next = storeOn(dataDir, fs, { onIndexCorrected: (n) => corrected.push(n) });
    const early = await next.listSummaries({ unchecked: true });
    expect(early.documents.map((d) => d.meta?.title).sort()).toEqual(['Gu\u0308lşen 📰', 'Köln']);
    expect(corrected).toEqual([]);
    open();
    const checked = await summaries(next);
    expect(checked.rows.map((r) => r.title).sort()).toEqual(['Köln', 'Von Hand geändert 😀']);
    expect(corrected).toEqual([1]);
  });

  /** A store whose index.json is older than a meta edited by hand, opened again with `whenIdle` as its idle gate. */
  async function editedBehindItsBack(whenIdle: () => Promise<unknown>) {
    const store = await twoDocuments();
    await store.updateMeta(ID, { title: 'Gu\u0308lşen 📰' });
    await store.flush();
    ageIndex();
    const metaFile = documentPaths(dataDir, ID).meta;
    writeFileSync(metaFile, JSON.stringify({ ...(JSON.parse(readFileSync(metaFile, 'utf8')) as object), title: 'Von Hand geändert 😀' }));
    const corrected: number[] = [];
    const next = storeOn(dataDir, undefined, { onIndexCorrected: (n) => corrected.push(n), whenIdle });
    return { next, corrected };
  }

  it('checks index.json against the files only while the window is idle: an early listing starts the check, each batch waits for whenIdle', async () => {
    let idle = (): void => undefined;
    let asked = 0;
    const { next, corrected } = await editedBehindItsBack(() => (asked++, new Promise<void>((resolve) => (idle = resolve))));
    const early = await next.listSummaries({ unchecked: true });
    expect(early.documents.map((d) => d.meta?.title).sort()).toEqual(['Gu\u0308lşen 📰', 'Köln']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The check waits at its first batch: nothing corrected while the window is busy.
    expect(asked).toBe(1);
    expect(corrected).toEqual([]);
    idle();
    await expect.poll(() => corrected).toEqual([1]);
    expect((await summaries(next)).rows.map((r) => r.title).sort()).toEqual(['Köln', 'Von Hand geändert 😀']);
  });

  it('hurries the check when someone waits for it (a checked listing), so it never waits for an idle window that the wait itself keeps busy', async () => {
    const { next, corrected } = await editedBehindItsBack(() => new Promise<void>(() => undefined));
    await next.listSummaries({ unchecked: true });
    expect((await summaries(next)).rows.map((r) => r.title).sort()).toEqual(['Köln', 'Von Hand geändert 😀']);
    expect(corrected).toEqual([1]);
  });

  it('ends consistent when the process dies between a document write and the index write', async () => {
    const store = await twoDocuments();
    await store.flush();
    ageIndex();
    // The save reaches the disk; index.json never follows (the process "dies": no flush).
    await store.saveAnnotations(ID, { annotations: TAGS.slice(0, 2), relations: RELATIONS, annotator: 'jonas', baseRev: 1 });
    await store.putDocument({ text: 'Neu nach dem Index.', title: 'Neu', source: 'neu.txt', encoding: 'utf-8' });
    const rows = (await summaries(storeOn(dataDir))).rows;
    expect(rows.find((r) => r.id === ID)).toMatchObject({ counts: [['quote', 1], ['actor', 1]], relations: 1 });
    expect(rows.map((r) => r.title)).toContain('Neu');
  });

  it('never makes a write wait for the index to load (a first save at start must not wait for every folder)', async () => {
    await (await twoDocuments()).flush();
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const base = createFaultyFs().fs;
    // The index loads by listing the documents folder; hold that listing until the writes are done.
    const fs = { ...base, readdir: async (p: string) => (p.endsWith('documents') && (await gate), base.readdir(p)) };
    const store = storeOn(dataDir, fs);
    await store.putDocument({ text: OTHER.replace('Köln', 'Bonn'), title: 'Bonn', source: 'bonn.txt', encoding: 'utf-8' });
    await store.saveAnnotations(ID, { annotations: TAGS.slice(0, 1), annotator: 'jonas', baseRev: 1 });
    const listing = summaries(store);
    open();
    const { rows } = await listing;
    expect(rows.map((r) => r.title).sort()).toEqual(['Bonn', 'Grenze 📰', 'Köln']);
    expect(rows.find((r) => r.id === ID)).toMatchObject({ counts: [['quote', 1]], relations: 0 });
  });

  it('keeps listing from memory when index.json cannot be written, and writes it once it can', async () => {
    const faulty = createFaultyFs();
    const store = storeOn(dataDir, faulty.fs);
    await store.putDocument({ text: TEXT, title: 'Grenze', source: 'grenze.txt', encoding: 'utf-8' });
    faulty.fail('writeNewFileDurably', 'ENOSPC', { path: /index\.json/ });
    await store.flush();
    expect(existsSync(storeIndexPath(dataDir))).toBe(false);
    expect((await summaries(store)).rows).toHaveLength(1);
    await store.flush();
    expect(existsSync(storeIndexPath(dataDir))).toBe(true);
  });

  it('is never written by a read-only store (the app owns it), which still lists what is there', async () => {
    const store = await twoDocuments();
    await store.flush();
    const written = readFileSync(storeIndexPath(dataDir));
    await store.updateMeta(ID, { title: 'Anders' });
    const readOnly = storeOn(dataDir, undefined, { readOnly: true });
    expect((await summaries(readOnly)).rows.map((r) => r.title)).toContain('Anders');
    await readOnly.flush();
    expect(readFileSync(storeIndexPath(dataDir))).toEqual(written);
  });
});
