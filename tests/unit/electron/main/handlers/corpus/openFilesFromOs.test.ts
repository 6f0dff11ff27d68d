import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFilesFromOs } from '../../../../../../electron/main/handlers/corpus/openFilesFromOs';
import { storeOn, tempDataDir } from '../../../node/store/storeTestKit';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../fixtures/corpus');

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

describe('openFilesFromOs', () => {
  it('imports the files, tells the window to show the first opened one, and returns the refusals', async () => {
    const store = storeOn(dataDir);
    await store.init();
    const pdf = path.join(dataDir, 'Bericht.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    const wahl = path.join(dataDir, 'wahl 😀.txt');
    copyFileSync(path.join(CORPUS, 'wahl.utf16le-bom.txt'), wahl);
    const events: Array<[string, unknown]> = [];
    const outcome = await openFilesFromOs({ store, emit: (event, payload) => void events.push([event, payload]) }, [pdf, wahl]);
    const [listed] = (await store.listDocuments()).documents;
    expect(listed?.source).toBe('wahl 😀.txt');
    expect(outcome).toEqual({ openDocumentId: listed?.id, refusals: [expect.stringMatching(/^“Bericht\.pdf” was not opened/)] });
    expect(events).toEqual([['documentsChanged', { openDocumentId: listed?.id }]]);
  });

  it('does nothing for no files, and emits no document when every file was refused', async () => {
    const store = storeOn(dataDir);
    const events: unknown[] = [];
    expect(await openFilesFromOs({ store, emit: (...e) => void events.push(e) }, [])).toEqual({ openDocumentId: null, refusals: [] });
    expect(events).toEqual([]);
    const outcome = await openFilesFromOs({ store, emit: (...e) => void events.push(e) }, [path.join(dataDir, 'fehlt.txt')]);
    expect(outcome.openDocumentId).toBeNull();
    expect(events).toEqual([['documentsChanged', {}]]);
  });
});
