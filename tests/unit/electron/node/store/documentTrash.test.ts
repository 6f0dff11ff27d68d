import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { parseTrashId } from '../../../../../electron/node/store/documentTrash';
import { isStoreError } from '../../../../../electron/node/store/storeError';
import { FIXTURE_ID, FIXTURE_TEXT, fixture, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const VALID = JSON.parse(fixture('valid.json').toString('utf8')) as { annotations: Annotation[] };
const doc = { text: FIXTURE_TEXT, title: 'Scholz 😀', source: 'artikel.txt', encoding: 'windows-1252', original: new Uint8Array([0x84, 0x93, 0x80, 0x96]) };

async function storeWithTaggedDocument() {
  const store = storeOn(dataDir);
  await store.init();
  await store.putDocument(doc);
  await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
  return store;
}

describe('parseTrashId', () => {
  it('reads the document id and removal time of a trash folder name', () => {
    expect(parseTrashId(`${'ab'.repeat(32)}-2026-11-20T10-00-01-000Z`)).toEqual({
      documentId: `sha256:${'ab'.repeat(32)}`,
      removedAt: '2026-11-20T10:00:01.000Z',
    });
    expect(parseTrashId(`${'ab'.repeat(32)}-2026-11-20T10-00-01-000Z-2`)?.documentId).toBe(`sha256:${'ab'.repeat(32)}`);
  });

  it.each(['', '..', `../${'ab'.repeat(32)}-2026-11-20T10-00-01-000Z`, `${'AB'.repeat(32)}-2026-11-20T10-00-01-000Z`, 'ab'.repeat(32), `${'ab'.repeat(32)}-gestern`])(
    'refuses %j',
    (name) => expect(parseTrashId(name)).toBeUndefined(),
  );
});

describe('trash', () => {
  it('moves the whole folder (annotations, backup, original bytes) to trash/<hex>-<timestamp> and lists it', async () => {
    const store = await storeWithTaggedDocument();
    const trashed = await store.removeDocument(FIXTURE_ID);
    expect(trashed.trashId).toMatch(new RegExp(`^${FIXTURE_ID.slice(7)}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z$`));
    expect(existsSync(fixturePaths(dataDir).dir)).toBe(false);
    const inTrash = readdirSync(path.join(dataDir, 'trash', trashed.trashId)).sort();
    expect(inTrash).toEqual(['annotations.json', 'meta.json', 'original.bin', 'text.txt']);
    expect((await store.listDocuments()).documents).toEqual([]);
    const { documents } = await store.listTrash();
    expect(documents).toEqual([{ trashId: trashed.trashId, meta: trashed.meta, removedAt: trashed.removedAt }]);
    expect(documents[0]?.meta.title).toBe('Scholz 😀');
  });

  it('restores a removed document with its annotations, which can be saved again', async () => {
    const store = await storeWithTaggedDocument();
    const { trashId } = await store.removeDocument(FIXTURE_ID);
    await expect(store.loadAnnotations(FIXTURE_ID)).rejects.toSatisfy((e) => isStoreError(e, 'NOT_FOUND'));
    const meta = await store.restoreDocument(trashId);
    expect(meta.id).toBe(FIXTURE_ID);
    expect((await store.listTrash()).documents).toEqual([]);
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    expect(loaded.annotations).toEqual(VALID.annotations);
    await store.saveAnnotations(FIXTURE_ID, { annotations: [], annotator: 'jonas', baseRev: loaded.rev });
    expect((await store.loadAnnotations(FIXTURE_ID)).annotations).toEqual([]);
  });

  it('keeps two removals of the same text apart', async () => {
    const store = await storeWithTaggedDocument();
    const first = await store.removeDocument(FIXTURE_ID);
    await store.putDocument(doc);
    const second = await store.removeDocument(FIXTURE_ID);
    expect(second.trashId).not.toBe(first.trashId);
    expect((await store.listTrash()).documents.map((d) => d.trashId)).toEqual([second.trashId, first.trashId]);
  });

  it('swaps an untagged copy opened again since into the trash when restoring', async () => {
    const store = await storeWithTaggedDocument();
    const { trashId } = await store.removeDocument(FIXTURE_ID);
    await store.putDocument({ ...doc, title: 'fresh copy' });
    await store.restoreDocument(trashId);
    expect((await store.getDocument(FIXTURE_ID)).meta.title).toBe('Scholz 😀');
    expect((await store.loadAnnotations(FIXTURE_ID)).annotations).toHaveLength(VALID.annotations.length);
    expect((await store.listTrash()).documents.map((d) => d.meta.title)).toEqual(['fresh copy']);
  });

  it('refuses to restore over a copy that has annotations of its own, and changes nothing', async () => {
    const store = await storeWithTaggedDocument();
    const { trashId } = await store.removeDocument(FIXTURE_ID);
    await store.putDocument(doc);
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations.slice(0, 1), annotator: 'jonas', baseRev: 0 });
    await expect(store.restoreDocument(trashId)).rejects.toSatisfy((e) => isStoreError(e, 'CONFLICT') && /has annotations there/.test((e as Error).message));
    expect((await store.loadAnnotations(FIXTURE_ID)).annotations).toHaveLength(1);
    expect((await store.listTrash()).documents.map((d) => d.trashId)).toEqual([trashId]);
  });

  it('refuses unknown and malformed trash ids and unknown documents', async () => {
    const store = storeOn(dataDir);
    await store.init();
    await expect(store.restoreDocument('../documents')).rejects.toSatisfy((e) => isStoreError(e, 'INVALID_ID'));
    await expect(store.restoreDocument(`${'ab'.repeat(32)}-2026-11-20T10-00-01-000Z`)).rejects.toSatisfy((e) => isStoreError(e, 'NOT_FOUND'));
    await expect(store.removeDocument(FIXTURE_ID)).rejects.toSatisfy((e) => isStoreError(e, 'NOT_FOUND'));
  });

  it('reports a trash folder without a readable meta.json and leaves it alone', async () => {
    const store = storeOn(dataDir);
    await store.init();
    const name = `${'cd'.repeat(32)}-2026-11-20T10-00-01-000Z`;
    mkdirSync(path.join(dataDir, 'trash', name), { recursive: true });
    writeFileSync(path.join(dataDir, 'trash', name, 'meta.json'), '{"broken');
    mkdirSync(path.join(dataDir, 'trash', 'not-ours'));
    const { documents, notices } = await store.listTrash();
    expect(documents).toEqual([]);
    expect(notices).toMatchObject([{ code: 'document-skipped', file: `trash/${name}` }]);
    expect(existsSync(path.join(dataDir, 'trash', name, 'meta.json'))).toBe(true);
  });

  it('is refused on a read-only store', async () => {
    await (await storeWithTaggedDocument()).flush();
    const readOnly = storeOn(dataDir, undefined, { readOnly: true });
    await expect(readOnly.removeDocument(FIXTURE_ID)).rejects.toSatisfy((e) => isStoreError(e, 'READ_ONLY'));
    expect(existsSync(fixturePaths(dataDir).dir)).toBe(true);
  });
});
