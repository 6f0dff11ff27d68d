import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openFilesFromOs } from '../../electron/main/handlers/corpus/openFilesFromOs';
import { importDatasetAt } from '../../electron/main/handlers/datasets/importDatasetFile';
import { createConfSettings } from '../../electron/node/settings/createConfSettings';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { expect, test } from './support/workbenchTest';
import { createTranslator } from '../../electron/node/i18n/createTranslator';

const EN = createTranslator('en');

const MIXED = path.resolve(import.meta.dirname, '../fixtures/formats/mixed.tagwerk.json');

test('a .tagwerk.json opened from the OS (the installers associate it) is imported as by Import…, and its first document shown', async ({ app }) => {
  const { page } = app;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-os-'));
  const dataset = path.join(folder, 'Korpus 😀.tagwerk.json');
  copyFileSync(MIXED, dataset);

  // What main does when the OS hands it the file: the dataset import, then documentsChanged to the window.
  const store = createDocumentStore({ dataDir: app.dataDir });
  const settings = createConfSettings({ dataDir: app.dataDir });
  const shellInfo = () => ({ locale: 'en-US', platform: process.platform, version: 'test', userName: 'tester' });
  const outcome = await openFilesFromOs({ store, t: EN, importDataset: (file) => importDatasetAt({ store, settings, shellInfo, emit: () => undefined }, file) }, [dataset]);
  expect(outcome.refusals).toEqual([]);
  expect(outcome.imported).toEqual(['“Korpus 😀.tagwerk.json” imported: 2 documents (2 new); 0 tags of yours added; colleagues’ tags stored for review: kim, jonas.']);
  await app.emit('documentsChanged', { openDocumentId: outcome.openDocumentId });

  await expect(page.getByTestId('editor')).toContainText('🇩🇪 Eilmeldung 📰: Der Bundestag hat am');
  await expect(page.getByTestId('corpus-list').getByRole('option')).toHaveCount(3);
  await expect(page.getByTestId('corpus-list')).toContainText('Bürgerinitiative übergibt Unterschriften (NFD)');
});
