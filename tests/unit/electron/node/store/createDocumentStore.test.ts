import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { documentIdOf } from '@shared/text/documentId';
import { isTempFileName } from '../../../../../electron/node/store/atomicWrite';
import { isStoreError } from '../../../../../electron/node/store/storeError';
import { createFaultyFs } from './faultyFs';
import { FIXTURE_ID, FIXTURE_TEXT, fixture, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const VALID = JSON.parse(fixture('valid.json').toString('utf8')) as { annotations: Annotation[] };
const doc = { text: FIXTURE_TEXT, title: 'Scholz', source: 'artikel.txt', encoding: 'utf-8' };

async function storeWithDocument(fs?: ReturnType<typeof createFaultyFs>['fs']) {
  const store = storeOn(dataDir, fs);
  await store.init();
  await store.putDocument(doc);
  return store;
}

describe('documents', () => {
  it('stores a text under its sha256 id and gives it back byte for byte', async () => {
    const store = storeOn(dataDir);
    await store.init();
    const { meta, created } = await store.putDocument(doc);
    expect(created).toBe(true);
    expect(meta).toMatchObject({ id: FIXTURE_ID, title: 'Scholz', source: 'artikel.txt', encoding: 'utf-8', language: 'de', schemaVersion: 1 });
    expect(await store.getDocument(FIXTURE_ID)).toEqual({ meta, text: FIXTURE_TEXT });
    expect(readdirSync(path.join(dataDir, 'documents', FIXTURE_ID.slice(7))).sort()).toEqual(['meta.json', 'text.txt']);
  });

  it('finds the same document when the same text is added again, keeping its meta', async () => {
    const store = storeOn(dataDir);
    const first = await store.putDocument(doc);
    const second = await store.putDocument({ ...doc, title: 'Other title', source: 'copy.txt' });
    expect(second).toEqual({ meta: first.meta, created: false });
    expect((await store.listDocuments()).documents).toHaveLength(1);
  });

  it.each([
    ['NFD umlaut', 'Mu\u0308ller sagt: ja'],
    ['astral emoji', 'Gut 😀 so\n\nund weiter'],
  ])('keeps a %s text exactly as given (canonicalising is the importer\'s job)', async (_name, text) => {
    const store = storeOn(dataDir);
    const { meta } = await store.putDocument({ ...doc, text });
    expect(meta.id).toBe(documentIdOf(text));
    expect((await store.getDocument(meta.id)).text).toBe(text);
  });

  it('keeps only the base name of a source path', async () => {
    const store = storeOn(dataDir);
    const { meta } = await store.putDocument({ ...doc, source: 'C:\\Users\\jonas\\news/artikel.txt' });
    expect(meta.source).toBe('artikel.txt');
  });

  it('refuses ids that are not sha256 hex before touching the disk', async () => {
    const faulty = createFaultyFs();
    const store = storeOn(dataDir, faulty.fs);
    const bad = ['../../etc/passwd', `sha256:${'a'.repeat(63)}/..`, 'sha256:../x', `sha256:${'A'.repeat(64)}`, '', 42];
    for (const id of bad) {
      for (const call of [
        () => store.getDocument(id as string),
        () => store.loadAnnotations(id as string),
        () => store.saveAnnotations(id as string, { annotations: [], annotator: 'jonas', baseRev: 0 }),
        () => store.listColleagueSets(id as string),
        () => store.updateMeta(id as string, { title: 'x' }),
      ]) {
        const error = await call().catch((e: unknown) => e);
        expect(isStoreError(error, 'INVALID_ID')).toBe(true);
      }
    }
    expect(faulty.calls).toEqual([]);
  });

  it('reports a missing document as NOT_FOUND and a damaged text as CORRUPT', async () => {
    const store = await storeWithDocument();
    await expect(store.getDocument(documentIdOf('nie gesehen'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    writeFileSync(path.join(fixturePaths(dataDir).dir, 'text.txt'), 'verändert');
    await expect(storeOn(dataDir).getDocument(FIXTURE_ID)).rejects.toMatchObject({ code: 'CORRUPT' });
  });

  it('repairs a damaged text.txt when the same text is added again (the hash says what it must be)', async () => {
    await storeWithDocument();
    writeFileSync(path.join(fixturePaths(dataDir).dir, 'text.txt'), 'kaputt');
    const store = storeOn(dataDir);
    expect((await store.putDocument(doc)).created).toBe(false);
    expect((await store.getDocument(FIXTURE_ID)).text).toBe(FIXTURE_TEXT);
  });

  it('updates title and language only, and lists documents with a notice for unreadable folders', async () => {
    const store = await storeWithDocument();
    const meta = await store.updateMeta(FIXTURE_ID, { title: 'Neuer Titel', language: 'en' });
    expect(meta).toMatchObject({ title: 'Neuer Titel', language: 'en', source: 'artikel.txt' });
    await expect(store.updateMeta(FIXTURE_ID, { source: 'x' })).rejects.toMatchObject({ code: 'INVALID' });
    const otherDir = path.join(dataDir, 'documents', documentIdOf('x').slice(7));
    await store.putDocument({ ...doc, text: 'x' });
    writeFileSync(path.join(otherDir, 'meta.json'), '{"schemaVersion":1');
    // A store checks every folder when it loads its index (once per process): a new one sees the damage.
    const listed = await storeOn(dataDir).listDocuments();
    expect(listed.documents.map((d) => d.title)).toEqual(['Neuer Titel']);
    expect(listed.notices).toMatchObject([{ code: 'document-skipped', documentId: documentIdOf('x') }]);
    expect(existsSync(path.join(otherDir, 'meta.json'))).toBe(true);
  });
});

describe('saving annotations', () => {
  it('round-trips a set with code-point offsets and counts revisions', async () => {
    const store = await storeWithDocument();
    expect(await store.loadAnnotations(FIXTURE_ID)).toEqual({ rev: 0, annotations: [], relations: [], annotator: null, savedAt: null, readOnly: false, notices: [] });
    const first = await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
    expect(first.rev).toBe(1);
    const loaded = await storeOn(dataDir).loadAnnotations(FIXTURE_ID);
    expect(loaded).toMatchObject({ rev: 1, annotator: 'jonas', savedAt: first.savedAt, readOnly: false, notices: [], relations: [] });
    expect(loaded.annotations).toEqual(VALID.annotations);
    const onDisk = JSON.parse(readFileSync(fixturePaths(dataDir).annotations, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ schemaVersion: 2, documentId: FIXTURE_ID, textSha256: FIXTURE_ID.slice(7), offsetUnit: 'codepoint', rev: 1 });
  });

  it('keeps relations beside the annotations (the emoji quote → its speaker), through the .bak, and refuses a relation that does not fit', async () => {
    const store = await storeWithDocument();
    const relations = [{ id: 'r1', type: 'source', from: 'a2', to: 'a1', annotator: 'jonas', note: 'laut Mu\u0308ller' }];
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, relations, annotator: 'jonas', baseRev: 0 });
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, relations: [], annotator: 'jonas', baseRev: 1 });
    expect((await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).relations).toEqual([]);
    const bak = JSON.parse(readFileSync(fixturePaths(dataDir).backup, 'utf8')) as { relations: unknown[] };
    expect(bak.relations).toEqual(relations);
    const dangling = [{ id: 'r1', type: 'source', from: 'a2', to: 'gone', annotator: 'jonas' }];
    await expect(store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, relations: dangling, annotator: 'jonas', baseRev: 2 })).rejects.toMatchObject({ code: 'INVALID' });
    expect((await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).rev).toBe(2);
  });

  it('writes the set as one compact line, opens an indented file from before, keeps its bytes as the .bak and still refuses a stale rev', async () => {
    const store = await storeWithDocument();
    // The set as an earlier Tagwerk wrote it: two-space indent, with the emoji quote and an NFD umlaut in a note.
    const old = fixture('valid.json').toString('utf8').replace('"createdAt": "2026-11-20T10:00:00.000Z"', '"note": "laut Mu\u0308ller 😀", "createdAt": "2026-11-20T10:00:00.000Z"');
    expect(old).toContain('\n  "rev": 3,');
    writeFileSync(fixturePaths(dataDir).annotations, old);
    const loaded = await storeOn(dataDir).loadAnnotations(FIXTURE_ID);
    expect(loaded).toMatchObject({ rev: 3, readOnly: false, notices: [] });
    expect(loaded.annotations[0]?.note).toBe('laut Mu\u0308ller 😀');
    const relations = [{ id: 'r1', type: 'source', from: 'a2', to: 'a1', annotator: 'jonas', note: 'Mu\u0308ller 😀' }];
    await store.saveAnnotations(FIXTURE_ID, { annotations: loaded.annotations, relations, annotator: 'jonas', baseRev: 3 });
    const written = readFileSync(fixturePaths(dataDir).annotations, 'utf8');
    expect(written.indexOf('\n')).toBe(written.length - 1);
    expect(JSON.parse(written)).toMatchObject({ rev: 4, relations, annotations: loaded.annotations });
    expect(readFileSync(fixturePaths(dataDir).backup, 'utf8')).toBe(old);
    expect(await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).toMatchObject({ rev: 4, relations, annotations: loaded.annotations, notices: [] });
    await expect(storeOn(dataDir).saveAnnotations(FIXTURE_ID, { annotations: [], annotator: 'jonas', baseRev: 3 })).rejects.toMatchObject({ code: 'CONFLICT', fileRev: 4 });
    expect(readFileSync(fixturePaths(dataDir).annotations, 'utf8')).toBe(written);
  });

  it('keeps the previous good file as .bak', async () => {
    const store = await storeWithDocument();
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations.slice(0, 1), annotator: 'jonas', baseRev: 0 });
    expect(existsSync(fixturePaths(dataDir).backup)).toBe(false);
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 1 });
    const bak = JSON.parse(readFileSync(fixturePaths(dataDir).backup, 'utf8')) as { rev: number; annotations: unknown[] };
    expect(bak.rev).toBe(1);
    expect(bak.annotations).toHaveLength(1);
  });

  it('rejects a save based on an old rev with a CONFLICT error and leaves the file alone', async () => {
    const store = await storeWithDocument();
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
    const other = storeOn(dataDir);
    await other.saveAnnotations(FIXTURE_ID, { annotations: [], annotator: 'cli', baseRev: 1 });
    const before = readFileSync(fixturePaths(dataDir).annotations);
    const error = await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreError', code: 'CONFLICT', fileRev: 2, baseRev: 1, documentId: FIXTURE_ID });
    expect(readFileSync(fixturePaths(dataDir).annotations)).toEqual(before);
  });

  it('refuses annotations that do not fit the text, writing nothing', async () => {
    const store = await storeWithDocument();
    const wrong = [{ ...VALID.annotations[0]!, end: 15 }];
    await expect(store.saveAnnotations(FIXTURE_ID, { annotations: wrong, annotator: 'jonas', baseRev: 0 })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(store.saveAnnotations(FIXTURE_ID, { annotations: [], annotator: '', baseRev: 0 })).rejects.toMatchObject({ code: 'INVALID' });
    expect(existsSync(fixturePaths(dataDir).annotations)).toBe(false);
  });

  it('runs saves of one document one after another in call order', async () => {
    const store = await storeWithDocument();
    const saves = [0, 1, 2, 3].map((baseRev) =>
      store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations.slice(0, baseRev + 1), annotator: 'jonas', baseRev }),
    );
    expect((await Promise.all(saves)).map((s) => s.rev)).toEqual([1, 2, 3, 4]);
    await store.flush();
    expect((await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).annotations).toHaveLength(4);
  });

  it('retries a rename failing with EPERM/EBUSY and saves', async () => {
    const faulty = createFaultyFs();
    const store = await storeWithDocument(faulty.fs);
    faulty.fail('rename', 'EPERM', { times: 2, path: /annotations\.json\.[0-9a-f]+\.tmp$/ });
    faulty.fail('rename', 'EBUSY', { times: 2, path: /annotations\.json\.[0-9a-f]+\.tmp$/ });
    await expect(store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 })).resolves.toMatchObject({ rev: 1 });
    expect((await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).rev).toBe(1);
  });

  it('on ENOSPC keeps the old file and a valid .bak, reports the error, and saves once space is back', async () => {
    const faulty = createFaultyFs();
    const store = await storeWithDocument(faulty.fs);
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations.slice(0, 1), annotator: 'jonas', baseRev: 0 });
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations.slice(0, 2), annotator: 'jonas', baseRev: 1 });
    const { annotations, backup, dir } = fixturePaths(dataDir);
    const mainBefore = readFileSync(annotations);
    faulty.fail('writeNewFileDurably', 'ENOSPC', { times: 1, path: /annotations\.json\./ });
    const error = await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IO', errno: 'ENOSPC' });
    expect(readFileSync(annotations)).toEqual(mainBefore);
    // The backup was refreshed from the good rev 2 before the write failed: still a whole, valid file.
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({ rev: 2 });
    expect(readdirSync(dir).filter(isTempFileName)).toEqual([]);
    await expect(store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 2 })).resolves.toMatchObject({ rev: 3 });
  });
});

describe('start-up', () => {
  it('removes temp files of interrupted saves and says so, leaving every other file alone', async () => {
    const store = await storeWithDocument();
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
    const { dir, annotations } = fixturePaths(dataDir);
    writeFileSync(`${annotations}.0123456789ab.tmp`, '{"half":');
    writeFileSync(`${annotations}.bak.0123456789ac.tmp`, '');
    writeFileSync(path.join(dir, 'notes.tmp'), 'not ours');
    const notices = await storeOn(dataDir).init();
    expect(notices).toMatchObject([{ code: 'stale-temp-removed', severity: 'info', documentId: FIXTURE_ID }]);
    expect(readdirSync(dir).sort()).toEqual(['annotations.json', 'meta.json', 'notes.tmp', 'text.txt']);
  });

  it("with sweep 'later', init returns before the document folders are swept, and sweepStaleTemps still removes every interrupted save's temp file", async () => {
    const store = await storeWithDocument();
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
    const { dir, annotations } = fixturePaths(dataDir);
    writeFileSync(`${annotations}.0123456789ab.tmp`, '{"half":');
    const assist = path.join(dataDir, 'assist');
    mkdirSync(assist, { recursive: true });
    writeFileSync(path.join(assist, `rejected-${'b'.repeat(64)}.json.0123456789ab.tmp`), '{"half":');
    const later = storeOn(dataDir);
    // The assist's one shared folder is still swept at once; the document folders wait.
    await expect(later.init({ sweep: 'later' })).resolves.toMatchObject([{ code: 'stale-temp-removed', file: 'assist' }]);
    expect(readdirSync(dir).filter(isTempFileName)).toHaveLength(1);
    await expect(later.sweepStaleTemps()).resolves.toMatchObject([{ code: 'stale-temp-removed', severity: 'info', documentId: FIXTURE_ID }]);
    expect(readdirSync(dir).sort()).toEqual(['annotations.json', 'meta.json', 'text.txt']);
    // A save racing the sweep keeps its own temp file: both run in the document's queue.
    await Promise.all([later.sweepStaleTemps(), later.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 1 })]);
    await expect(later.loadAnnotations(FIXTURE_ID)).resolves.toMatchObject({ rev: 2 });
  });

  it('sweeps the document folders only when let (whenIdle before every batch) and stops when told to', async () => {
    const store = await storeWithDocument();
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
    const { dir, annotations } = fixturePaths(dataDir);
    writeFileSync(`${annotations}.0123456789ab.tmp`, '{"half":');
    const later = storeOn(dataDir);
    await later.init({ sweep: 'later' });
    // Told to stop before the first batch (the app closes): nothing is read or removed.
    await expect(later.sweepStaleTemps({ whenIdle: async () => false })).resolves.toEqual([]);
    expect(readdirSync(dir).filter(isTempFileName)).toHaveLength(1);
    let asked = 0;
    await expect(later.sweepStaleTemps({ whenIdle: async () => (asked++, true) })).resolves.toMatchObject([{ code: 'stale-temp-removed', documentId: FIXTURE_ID }]);
    expect(asked).toBe(1);
    expect(readdirSync(dir).filter(isTempFileName)).toEqual([]);
  });

  it("removes the temp file of an interrupted assist rejection write (the crash test's kill point) and keeps the file itself", async () => {
    await storeWithDocument();
    const assist = path.join(dataDir, 'assist');
    mkdirSync(assist, { recursive: true });
    const rejected = path.join(assist, `rejected-${'a'.repeat(64)}.json`);
    writeFileSync(rejected, '{"schemaVersion":1}');
    writeFileSync(`${rejected}.0123456789ab.tmp`, '{"half":');
    const notices = await storeOn(dataDir).init();
    expect(notices).toMatchObject([{ code: 'stale-temp-removed', severity: 'info', file: 'assist' }]);
    expect(readdirSync(assist)).toEqual([path.basename(rejected)]);
  });

  it('a read-only store (another process owns it) reads but never writes or cleans up', async () => {
    const store = await storeWithDocument();
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
    const temp = `${fixturePaths(dataDir).annotations}.0123456789ab.tmp`;
    writeFileSync(temp, '');
    const readOnly = storeOn(dataDir, undefined, { readOnly: true });
    expect(await readOnly.init()).toEqual([]);
    expect(existsSync(temp)).toBe(true);
    expect((await readOnly.loadAnnotations(FIXTURE_ID)).rev).toBe(1);
    await expect(readOnly.saveAnnotations(FIXTURE_ID, { annotations: [], annotator: 'cli', baseRev: 1 })).rejects.toMatchObject({ code: 'READ_ONLY' });
    await expect(readOnly.putDocument({ ...doc, text: 'neu' })).rejects.toMatchObject({ code: 'READ_ONLY' });
  });
});
