import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssistMemory } from '../../../../../electron/node/assist/createAssistMemory';
import { observeSaves } from '../../../../../electron/node/assist/observeSaves';
import { assistRoot, rejectedFilePath } from '../../../../../electron/node/assist/rejectedFile';
import { storeOn, tempDataDir, tickingClock } from '../store/storeTestKit';
import { storeTagged } from './storeTagged';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const { dataDir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  const memory = createAssistMemory({ dataDir, clock: tickingClock() });
  const store = observeSaves(storeOn(dataDir), (id, annotations) => memory.noteSaved(id, annotations));
  return { dataDir, memory, store };
}

/** A document in the store with my tags on the given strings. */
const tagged = (store: ReturnType<typeof setup>['store'], text: string, tags: [string, string][]) => storeTagged(store, text, tags);

describe('createAssistMemory', () => {
  it('learns my tagged strings from every stored document, leaves out the one asked for, and follows later saves', async () => {
    const { memory, store } = setup();
    const a = await tagged(store, '😀 Die Ministerin Anna Kru\u0308ger sprach.', [['actor', 'Anna Kru\u0308ger']]);
    const b = await tagged(store, 'Verdi streikt am Montag.', [['actor', 'Verdi'], ['date', 'am Montag']]);
    expect(await memory.learned(b)).toEqual([{ label: 'actor', text: 'Anna Krüger' }]);
    expect(await memory.learned(a)).toEqual([{ label: 'actor', text: 'Verdi' }, { label: 'date', text: 'am Montag' }]);
    await store.saveAnnotations(b, { annotations: [], annotator: 'me', baseRev: 1 });
    expect(await memory.learned(a)).toEqual([]);
  });

  it('a damaged annotations file is left out of learning, not a failure', async () => {
    const { dataDir, memory, store } = setup();
    const id = await tagged(store, 'Verdi streikt.', [['actor', 'Verdi']]);
    writeFileSync(path.join(dataDir, 'documents', id.slice(7), 'annotations.json'), '{ broken');
    expect(await memory.learned()).toEqual([]);
  });

  it.each([
    ['plain', { label: 'actor', text: 'Olaf Scholz' }],
    ['emoji', { label: 'claim', text: 'Wir 💪 schaffen das' }],
    ['NFD umlaut, stored as NFC', { label: 'actor', text: 'Ju\u0308rgen' }],
    ['a string that is an object key', { label: 'claim', text: '__proto__' }],
  ])('%s: a rejection is kept per annotator in an atomic file, survives a new process, and can be taken back', async (_name, entry) => {
    const { dataDir, memory } = setup();
    await memory.setRejected('jonas', entry, true);
    const again = createAssistMemory({ dataDir });
    expect(await again.rejected('jonas')).toEqual([{ label: entry.label, text: entry.text.normalize('NFC') }]);
    expect(await again.rejected('mira')).toEqual([]);
    expect(readdirSync(assistRoot(dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(rejectedFilePath(dataDir, 'jonas'), 'utf8'))).toMatchObject({ schemaVersion: 1, annotator: 'jonas' });
    await again.setRejected('jonas', entry, false);
    expect(await createAssistMemory({ dataDir }).rejected('jonas')).toEqual([]);
  });

  it('a damaged rejections file is moved aside, never silently reset', async () => {
    const { dataDir, memory } = setup();
    mkdirSync(assistRoot(dataDir), { recursive: true });
    const damaged = '{"schemaVersion": 1, "annotator": "jonas", "rejected": [{"label": 5}]}';
    writeFileSync(rejectedFilePath(dataDir, 'jonas'), damaged);
    expect(memory.keptAside('jonas')).toBeUndefined();
    expect(await memory.rejected('jonas')).toEqual([]);
    const kept = readdirSync(assistRoot(dataDir)).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    // The window is told which file and where it went (the copy byte for byte), for this annotator only, also on a later read.
    expect(memory.keptAside('jonas')).toEqual({ file: rejectedFilePath(dataDir, 'jonas'), movedTo: path.join(assistRoot(dataDir), kept[0] as string) });
    expect(readFileSync(path.join(assistRoot(dataDir), kept[0] as string), 'utf8')).toBe(damaged);
    expect(await memory.rejected('jonas')).toEqual([]);
    expect(memory.keptAside('jonas')?.movedTo).toBe(path.join(assistRoot(dataDir), kept[0] as string));
    expect(memory.keptAside('Jo\u0308rg 😀')).toBeUndefined();
  });

  it('a reader (readOnly) is told of a damaged rejections file and leaves it as it is', async () => {
    const { dataDir } = setup();
    mkdirSync(assistRoot(dataDir), { recursive: true });
    const file = rejectedFilePath(dataDir, 'jonas');
    writeFileSync(file, '{"schemaVersion": 1, "annotator": "jonas", "rejected": [{"label": "actor", "text": "Kö😀');
    const damaged: string[] = [];
    const reader = createAssistMemory({ dataDir, readOnly: { damaged: (f) => damaged.push(f) } });
    expect(await reader.rejected('jonas')).toEqual([]);
    expect(damaged).toEqual([file]);
    expect(reader.keptAside('jonas')).toBeUndefined();
    expect(readdirSync(assistRoot(dataDir))).toEqual([path.basename(file)]);
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "annotator": "jonas", "rejected": [{"label": "actor", "text": "Kö😀');
  });

  it('rejections of one annotator are written one after another: none is lost', async () => {
    const { memory } = setup();
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => memory.setRejected('jonas', { label: 'actor', text }, true)));
    expect((await memory.rejected('jonas')).map((r) => r.text).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
