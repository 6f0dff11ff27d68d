import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDatasetFile, openFilesFromOs } from '../../../../../../electron/main/handlers/corpus/openFilesFromOs';
import { importDatasetAt } from '../../../../../../electron/main/handlers/datasets/importDatasetFile';
import { createConfSettings } from '../../../../../../electron/node/settings/createConfSettings';
import { documentIdOf } from '@shared/text/documentId';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { JONAS, MIXED } from '../../../cli/cliTestKit';
import { createTranslator } from '../../../../../../electron/node/i18n/createTranslator';
import { storeOn, tempDataDir } from '../../../node/store/storeTestKit';

const EN = createTranslator('en');
const DE = createTranslator('de');

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
    const outcome = await openFilesFromOs({ store, t: EN, emit: (event, payload) => void events.push([event, payload]) }, [pdf, wahl]);
    const [listed] = (await store.listDocuments()).documents;
    expect(listed?.source).toBe('wahl 😀.txt');
    expect(outcome).toEqual({ openDocumentId: listed?.id, refusals: [expect.stringMatching(/^“Bericht\.pdf” was not opened/)], imported: [] });
    expect(events).toEqual([['documentsChanged', { openDocumentId: listed?.id }]]);
  });

  it('does nothing for no files, and emits no document when every file was refused', async () => {
    const store = storeOn(dataDir);
    const events: unknown[] = [];
    expect(await openFilesFromOs({ store, t: EN, emit: (...e) => void events.push(e) }, [])).toEqual({ openDocumentId: null, refusals: [], imported: [] });
    expect(events).toEqual([]);
    const outcome = await openFilesFromOs({ store, t: EN, emit: (...e) => void events.push(e) }, [path.join(dataDir, 'fehlt.txt')]);
    expect(outcome.openDocumentId).toBeNull();
    expect(events).toEqual([['documentsChanged', {}]]);
  });

  it.each([
    ['jonas.tagwerk.json', true],
    ['/home/ju\u0308rgen/🎉 Export.TAGWERK.JSON', true],
    ['notes.json', false],
    ['tagwerk.json.txt', false],
  ])('%s is a dataset: %s', (file, expected) => {
    expect(isDatasetFile(file)).toBe(expected);
  });

  it('imports a .tagwerk.json from the OS as the Import dialog does (colleague set stored), and shows its first document', async () => {
    const store = storeOn(dataDir);
    await store.init();
    const settings = createConfSettings({ dataDir });
    settings.update({ annotator: 'tester' });
    const dataset = path.join(dataDir, 'Jonas 😀.tagwerk.json');
    copyFileSync(JONAS, dataset);
    const events: Array<[string, unknown]> = [];
    const emit = (event: string, payload: unknown) => void events.push([event, payload]);
    const importDataset = (file: string) => importDatasetAt({ store, settings, shellInfo: () => ({ locale: 'de', platform: 'linux', version: 't', userName: 'u' }), emit }, file);
    const outcome = await openFilesFromOs({ store, t: EN, emit, importDataset }, [dataset]);
    const articleId = documentIdOf(BUILTIN_ARTICLE_TEXT);
    expect(outcome.refusals).toEqual([]);
    expect(outcome.imported).toEqual([expect.stringMatching(/^“Jonas 😀\.tagwerk\.json” imported: 1 document \(1 new\); 0 tags of yours added; colleagues’ tags stored for review: jonas\.$/)]);
    expect(outcome.openDocumentId).toBe(articleId);
    expect(events.at(-1)).toEqual(['documentsChanged', { openDocumentId: articleId }]);
    expect((await store.listDocuments()).documents.map((d) => d.id)).toEqual([articleId]);
  });

  it('refuses an invalid dataset with its first problem and stores nothing; a plain .json stays a refused text', async () => {
    const store = storeOn(dataDir);
    await store.init();
    const settings = createConfSettings({ dataDir });
    const broken = path.join(dataDir, 'kaputt.tagwerk.json');
    writeFileSync(broken, readFileSync(MIXED, 'utf8').replace('"offsetUnit": "codepoint"', '"offsetUnit": "byte"'));
    const importDataset = (file: string) => importDatasetAt({ store, settings, shellInfo: () => ({ locale: 'de', platform: 'linux', version: 't', userName: 'u' }), emit: () => undefined }, file);
    const outcome = await openFilesFromOs({ store, t: EN, importDataset }, [broken, path.join(dataDir, 'notes.json')]);
    expect(outcome.imported).toEqual([]);
    expect(outcome.refusals).toHaveLength(2);
    expect(outcome.refusals[1]).toBe('“kaputt.tagwerk.json” was not imported: it has 1 problem, nothing was stored. The first, at offsetUnit: This value must be "codepoint". Import… lists every problem.');
    expect((await store.listDocuments()).documents).toEqual([]);
  });

  it('tells refusals and imports in the language of the setting (German: the file names with an emoji and an NFD umlaut kept)', async () => {
    const store = storeOn(dataDir);
    await store.init();
    const settings = createConfSettings({ dataDir });
    const broken = path.join(dataDir, 'Mu\u0308ller 😀.tagwerk.json');
    writeFileSync(broken, readFileSync(MIXED, 'utf8').replace('"offsetUnit": "codepoint"', '"offsetUnit": "byte"'));
    const pdf = path.join(dataDir, 'Bericht.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    const importDataset = (file: string) => importDatasetAt({ store, settings, shellInfo: () => ({ locale: 'de', platform: 'linux', version: 't', userName: 'u' }), emit: () => undefined }, file);
    const outcome = await openFilesFromOs({ store, t: DE, importDataset }, [broken, pdf]);
    expect(outcome.refusals).toEqual([
      '„Bericht.pdf“ wurde nicht geöffnet: Tagwerk öffnet Textdateien (.txt), Markdown (.md) und HTML (.html, .htm).',
      '„Mu\u0308ller 😀.tagwerk.json“ wurde nicht importiert: Die Datei hat 1 Problem, nichts wurde gespeichert. Das erste, bei offsetUnit: Dieser Wert muss "codepoint" sein. „Importieren…“ listet alle Probleme auf.',
    ]);
    copyFileSync(JONAS, path.join(dataDir, 'jonas.tagwerk.json'));
    const imported = await openFilesFromOs({ store, t: DE, importDataset }, [path.join(dataDir, 'jonas.tagwerk.json')]);
    expect(imported.imported).toEqual(['„jonas.tagwerk.json“ importiert: 1 Dokument (1 neu); 0 eigene Markierungen hinzugefügt; Markierungen von Kolleginnen und Kollegen zum Abgleich gespeichert: jonas.']);
  });
});
