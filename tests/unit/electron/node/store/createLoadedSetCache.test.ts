import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { createNodeFsPort, type FsPort } from '../../../../../electron/node/store/fsPort';
import { FIXTURE_TEXT, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

/** The node fs, counting reads of annotation files (the parse and check a reused set saves). */
function countingFs(): { fs: FsPort; reads: () => number } {
  const base = createNodeFsPort();
  let reads = 0;
  return {
    fs: {
      ...base,
      readFile: (file) => {
        if (file.endsWith('annotations.json')) reads++;
        return base.readFile(file);
      },
    },
    reads: () => reads,
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
    return { store, id: meta.id, reads: counting.reads };
  }

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
