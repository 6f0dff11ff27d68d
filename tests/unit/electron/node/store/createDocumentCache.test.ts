import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { createNodeFsPort, type FsPort } from '../../../../../electron/node/store/fsPort';
import { documentPaths } from '../../../../../electron/node/store/documentPaths';
import { FIXTURE_TEXT, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

/** The node fs, counting reads of annotation files (the parse and check a reused set saves) and of every file by name. */
function countingFs(): { fs: FsPort; reads: () => number; readsOf: (name: string) => number } {
  const base = createNodeFsPort();
  const byName = new Map<string, number>();
  return {
    fs: {
      ...base,
      readFile: (file) => {
        const name = path.basename(file);
        byName.set(name, (byName.get(name) ?? 0) + 1);
        return base.readFile(file);
      },
    },
    reads: () => byName.get('annotations.json') ?? 0,
    readsOf: (name) => byName.get(name) ?? 0,
  };
}

function tagOf(text: string, word: string, id: string): Annotation {
  const at = text.indexOf(word);
  const start = [...text.slice(0, at)].length;
  return { id, label: 'actor', start, end: start + [...word].length, text: word, annotator: 'jonas', createdAt: '2026-11-20T10:00:00.000Z' };
}

// Texts with an emoji (the fixture's 👍🏽, astral) and an NFD umlaut (u + U+0308), so offsets are code points, not UTF-16 units.
const CASES: [string, string, string][] = [
  ['emoji before the tag', FIXTURE_TEXT, 'Müller'],
  ['NFD umlaut in the tag', 'Kanzler 😀 sagte: Mu\u0308ller widersprach am Dienstag.', 'Mu\u0308ller'],
];

describe.each(CASES)('opening a document again (%s)', (_name, text, word) => {
  async function storeWithTag() {
    const counting = countingFs();
    const store = storeOn(dataDir, counting.fs);
    await store.init();
    const { meta } = await store.putDocument({ text, title: 'Meldung', source: 'meldung.txt', encoding: 'utf-8' });
    await store.saveAnnotations(meta.id, { annotations: [tagOf(text, word, 'a1')], annotator: 'jonas', baseRev: 0 });
    return { store, id: meta.id, reads: counting.reads, readsOf: counting.readsOf };
  }

  it('opens with one read of meta.json and text.txt, and opens again with none while they are unchanged', async () => {
    const { id } = await storeWithTag();
    const counting = countingFs();
    const store = storeOn(dataDir, counting.fs);
    const first = await store.getDocument(id);
    await store.loadAnnotations(id);
    expect([counting.readsOf('meta.json'), counting.readsOf('text.txt')]).toEqual([1, 1]);
    const again = await store.getDocument(id);
    await store.loadAnnotations(id);
    expect([counting.readsOf('meta.json'), counting.readsOf('text.txt')]).toEqual([1, 1]);
    expect(again).toEqual(first);
    expect(again.text).toBe(text);
  });

  it('still finds a text.txt damaged on disk after it was read (the next open refuses it)', async () => {
    const { store, id } = await storeWithTag();
    await store.getDocument(id);
    await writeFile(documentPaths(dataDir, id).text, text.replace(word, 'X'.repeat(word.length)));
    await expect(store.getDocument(id)).rejects.toMatchObject({ code: 'CORRUPT' });
  });

  it('keeps one entry per document and lets the least recently used go whole', async () => {
    const counting = countingFs();
    const store = storeOn(dataDir, counting.fs, { documentCacheSize: 2 });
    await store.init();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await store.putDocument({ text: `${text} ${n}`, title: `Meldung ${n}`, source: 'm.txt', encoding: 'utf-8' })).meta.id);
    for (const id of ids) await store.getDocument(id);
    const textReads = counting.readsOf('text.txt');
    await store.getDocument(ids[2]!);
    await store.getDocument(ids[1]!);
    expect(counting.readsOf('text.txt')).toBe(textReads);
    await store.getDocument(ids[0]!);
    expect(counting.readsOf('text.txt')).toBe(textReads + 1);
  });

  it('reuses the set it read while the file is unchanged: the same tags, read from disk once', async () => {
    const { store, id, reads } = await storeWithTag();
    const first = await store.loadAnnotations(id);
    const readsAfterFirst = reads();
    const again = await store.loadAnnotations(id);
    expect(reads()).toBe(readsAfterFirst);
    expect(again).toEqual(first);
    expect(again.annotations.map((a) => [a.text, a.start, a.end])).toEqual([[word, first.annotations[0]?.start, first.annotations[0]?.end]]);
  });

  it('reads the file again after my save and after another process changed it, and shows what is on disk', async () => {
    const { store, id, reads } = await storeWithTag();
    await store.loadAnnotations(id);
    const saved = await store.saveAnnotations(id, { annotations: [tagOf(text, word, 'a2')], annotator: 'jonas', baseRev: 1 });
    const readsBefore = reads();
    expect((await store.loadAnnotations(id)).annotations.map((a) => a.id)).toEqual(['a2']);
    expect(reads()).toBe(readsBefore + 1);
    // The CLI (another store on the same folder) saves a different set.
    await storeOn(dataDir).saveAnnotations(id, { annotations: [], annotator: 'jonas', baseRev: saved.rev });
    const fromDisk = await store.loadAnnotations(id);
    expect(fromDisk).toMatchObject({ rev: saved.rev + 1, annotations: [] });
  });

  it('gives every caller its own lists, and the remembered tags cannot be changed through them', async () => {
    const { store, id } = await storeWithTag();
    const first = await store.loadAnnotations(id);
    first.annotations.push(tagOf(text, 'sagte', 'intruder'));
    expect(() => Object.assign(first.annotations[0] as Annotation, { label: 'claim' })).toThrow(TypeError);
    const again = await store.loadAnnotations(id);
    expect(again.annotations.map((a) => [a.id, a.label])).toEqual([['a1', 'actor']]);
  });
});
