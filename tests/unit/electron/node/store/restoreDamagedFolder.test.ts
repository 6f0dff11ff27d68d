import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { FIXTURE_ID, FIXTURE_TEXT, fixture, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const VALID = JSON.parse(fixture('valid.json').toString('utf8')) as { annotations: Annotation[] };
const doc = { text: FIXTURE_TEXT, title: 'Müller 😀 Mu\u0308ller', source: 'artikel.txt', encoding: 'utf-8' };

/** Every file of the fixture folder with its bytes, to show a refusal changed nothing. */
function folderBytes(): Record<string, string> {
  const { dir } = fixturePaths(dataDir);
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]));
}

/** A stored document with two saves (so annotations.json.bak holds the first), index.json written when `flushIndex`. */
async function storedDocument(flushIndex: boolean) {
  const store = storeOn(dataDir);
  await store.init();
  await store.putDocument(doc);
  await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations.slice(0, 1), annotator: 'jonas', baseRev: 0 });
  await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 1 });
  if (flushIndex) await store.flush();
}

describe('restoreDamaged', () => {
  it('puts a garbage meta.json back from the last good meta the index kept, moving the garbage aside', async () => {
    await storedDocument(true);
    const metaFile = path.join(fixturePaths(dataDir).dir, 'meta.json');
    writeFileSync(metaFile, '\u0000garbage{');
    const store = storeOn(dataDir);
    await store.init();
    const listed = await store.listSummaries();
    expect(listed.documents).toMatchObject([{ id: FIXTURE_ID, meta: null, damage: { code: 'meta-damaged' }, keptMeta: { title: doc.title } }]);
    const restored = await store.restoreDamaged(FIXTURE_ID);
    expect(restored.meta).toMatchObject({ id: FIXTURE_ID, title: doc.title });
    expect(restored.movedAside).toMatch(/meta\.corrupt-.*\.json$/);
    expect(readFileSync(path.join(dataDir, restored.movedAside ?? ''), 'utf8')).toBe('\u0000garbage{');
    expect((await store.listSummaries()).documents).toMatchObject([{ id: FIXTURE_ID, meta: { title: doc.title }, damage: null }]);
    expect((await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).annotations).toEqual(VALID.annotations);
  });

  it('puts a damaged annotations.json back from annotations.json.bak, moving the damaged one aside', async () => {
    await storedDocument(false);
    writeFileSync(fixturePaths(dataDir).annotations, '{"schemaVersion":1,"annot');
    const store = storeOn(dataDir);
    await store.init();
    expect((await store.listSummaries()).documents).toMatchObject([{ id: FIXTURE_ID, damage: { code: 'annotations-damaged' }, aside: ['annotations.json.bak'] }]);
    const restored = await store.restoreDamaged(FIXTURE_ID);
    expect(restored.movedAside).toMatch(/annotations\.corrupt-.*\.json$/);
    expect((await store.loadAnnotations(FIXTURE_ID)).annotations).toEqual(VALID.annotations.slice(0, 1));
    expect((await store.listSummaries()).documents).toMatchObject([{ id: FIXTURE_ID, damage: null }]);
  });

  it.each([
    ['meta.json garbage and no index ever held its meta', 'meta.json', '{"schemaVersion":1'],
    ['annotations.json damaged and a damaged .bak', 'annotations.json', 'kaputt'],
  ])('refuses without a good copy (%s), every file byte-identical', async (_case, name, bytes) => {
    await storedDocument(false);
    const { dir, backup } = fixturePaths(dataDir);
    writeFileSync(path.join(dir, name), bytes);
    if (name === 'annotations.json') writeFileSync(backup, '[]');
    const store = storeOn(dataDir);
    await store.init();
    expect((await store.listSummaries()).documents[0]?.damage).not.toBeNull();
    const before = folderBytes();
    await expect(store.restoreDamaged(FIXTURE_ID)).rejects.toMatchObject({ code: 'CORRUPT', message: expect.stringMatching(/nothing was changed/) });
    expect(folderBytes()).toEqual(before);
  });

  it('refuses a document that is not damaged, changing nothing', async () => {
    await storedDocument(true);
    const store = storeOn(dataDir);
    const before = folderBytes();
    await expect(store.restoreDamaged(FIXTURE_ID)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(folderBytes()).toEqual(before);
  });
});
