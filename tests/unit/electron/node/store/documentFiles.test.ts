import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentStatusOf } from '../../../../../electron/node/store/documentMeta';
import { isStoreError } from '../../../../../electron/node/store/storeError';
import { FIXTURE_ID, FIXTURE_TEXT, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const doc = { text: FIXTURE_TEXT, title: 'Scholz', source: 'artikel.txt', encoding: 'utf-8' };
const metaFile = () => path.join(fixturePaths(dataDir).dir, 'meta.json');

describe('document status', () => {
  it("reads a meta.json written before statuses existed as 'new', and keeps it readable", async () => {
    const store = storeOn(dataDir);
    await store.putDocument(doc);
    const raw = JSON.parse(readFileSync(metaFile(), 'utf8')) as Record<string, unknown>;
    expect(raw.status).toBeUndefined();
    const { meta } = await store.getDocument(FIXTURE_ID);
    expect(documentStatusOf(meta)).toBe('new');
    expect((await store.listDocuments()).documents).toHaveLength(1);
  });

  it.each(['in-progress', 'done', 'new'] as const)('stores status %s and reads it back', async (status) => {
    const store = storeOn(dataDir);
    await store.putDocument(doc);
    const updated = await store.updateMeta(FIXTURE_ID, { status });
    expect(documentStatusOf(updated)).toBe(status);
    expect(documentStatusOf((await storeOn(dataDir).getDocument(FIXTURE_ID)).meta)).toBe(status);
  });

  it('refuses an unknown status and leaves meta.json as it was', async () => {
    const store = storeOn(dataDir);
    await store.putDocument(doc);
    const before = readFileSync(metaFile(), 'utf8');
    await expect(store.updateMeta(FIXTURE_ID, { status: 'archived' })).rejects.toSatisfy((e) => isStoreError(e, 'INVALID'));
    expect(readFileSync(metaFile(), 'utf8')).toBe(before);
  });

  it('quarantines a meta.json with a broken status like any damaged meta, never resetting silently', async () => {
    const store = storeOn(dataDir);
    await store.putDocument(doc);
    const raw = JSON.parse(readFileSync(metaFile(), 'utf8')) as Record<string, unknown>;
    writeFileSync(metaFile(), JSON.stringify({ ...raw, status: 'wip' }));
    await expect(store.getDocument(FIXTURE_ID)).rejects.toSatisfy((e) => isStoreError(e, 'CORRUPT'));
  });
});

const bytesOf = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Array.from(bytes));

describe('original bytes', () => {
  const original = new Uint8Array([0x47, 0x84, 0x93, 0x80, 0x96, 0x0d, 0x0a]);

  it('keeps the bytes a document was created from, byte for byte', async () => {
    const store = storeOn(dataDir);
    await store.putDocument({ ...doc, original });
    expect(bytesOf(await store.getOriginal(FIXTURE_ID))).toEqual(Array.from(original));
    expect(await store.hasOriginal(FIXTURE_ID)).toBe(true);
  });

  it('keeps the first file when the same text arrives again from another file', async () => {
    const store = storeOn(dataDir);
    await store.putDocument({ ...doc, original });
    await store.putDocument({ ...doc, source: 'other.txt', original: new Uint8Array([1, 2, 3]) });
    expect(bytesOf(await store.getOriginal(FIXTURE_ID))).toEqual(Array.from(original));
  });

  it('has none for a text added without a file (the built-in article)', async () => {
    const store = storeOn(dataDir);
    await store.putDocument(doc);
    expect(await store.getOriginal(FIXTURE_ID)).toBeUndefined();
    expect(await store.hasOriginal(FIXTURE_ID)).toBe(false);
  });
});
