import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import type { Annotation } from '@shared/annotation/annotation';
import { launchApp } from './app';

/** Labels that are names on every object's prototype, or i18next syntax, as a hostile file might carry them. */
const HOSTILE_LABELS = ['constructor', '__proto__', '$t(app.loading)', 'toString', '{{count}}'];
const TEXT = 'Äpfel 😀 und Birnen: Mu\u0308ller sagt, es gibt genug für alle.';
const TITLE = 'Bericht x\u202Etxt.exe';

/** A data folder holding one document whose tags carry hostile labels, written through the real store. */
async function hostileStore(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-hostile-'));
  const store = createDocumentStore({ dataDir });
  await store.init();
  const { meta } = await store.putDocument({ text: TEXT, title: TITLE, source: 'x\u202Etxt.exe', encoding: 'utf-8' });
  const chars = Array.from(TEXT.normalize('NFC'));
  const annotations: Annotation[] = HOSTILE_LABELS.map((label, index) => ({
    id: `h${index}`,
    label,
    start: 0,
    end: 5,
    text: chars.slice(0, 5).join(''),
    annotator: 'tester',
  }));
  await store.saveAnnotations(meta.id, { annotations, annotator: 'tester', baseRev: 0 });
  await store.flush();
  return dataDir;
}

test('the Documents list loads with tags labelled constructor, __proto__ and $t(app.loading), and shows them literally', async () => {
  const app = await launchApp({ dataDir: await hostileStore() });
  try {
    const { page } = app;
    const rows = page.getByTestId('corpus-list').getByRole('option');
    await expect(rows).toHaveCount(2);
    const hostile = rows.filter({ hasText: 'Bericht' });
    await expect(hostile).toContainText(`${HOSTILE_LABELS.length} tags`);
    // The override is isolated and shown as a visible mark, so the title cannot read "xexe.txt".
    await expect(hostile.locator('.corpus-item-title bdi')).toHaveText('Bericht x⟨U+202E⟩txt.exe');

    await hostile.click();
    await expect(page.getByTestId('document-title')).toHaveText('Bericht x⟨U+202E⟩txt.exe');
    const tags = page.getByTestId('annotation-list').getByRole('option');
    await expect(tags).toHaveCount(HOSTILE_LABELS.length);
    for (const label of HOSTILE_LABELS) await expect(tags.filter({ hasText: label })).toHaveCount(1);
    await expect(page.getByTestId('annotation-list')).not.toContainText('Opening');
    await expect(page.getByTestId('status-message')).not.toContainText('Opening');
  } finally {
    await app.close();
  }
});
