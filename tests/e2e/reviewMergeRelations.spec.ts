import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { ARTICLE_ID, readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'native file dialogs are scripted only in the chromium host');
});

const JONAS_FILE = path.resolve(import.meta.dirname, '../fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json');
const TYPES = [
  { id: 'source', name: 'Source', from: ['quote', 'claim'], to: ['actor'] },
  { id: 'target', name: 'Target', from: ['claim'], to: ['actor'] },
  { id: 'time', name: 'Time', from: ['claim', 'quote'], to: ['date'] },
];

/**
 * Jonas's file of the built-in article as version 2 with four relations: his claim "Die USA …"
 * (a tag I lack) → Putin (we agree) and → NIS (I lack it), his claim "dass die …" → "19. Juni
 * 2024" (my "Juni 2024" has other bounds) and "Die USA …" → "am Dienstag" (I call it a claim).
 */
function jonasWithRelations(folder: string): string {
  const file = JSON.parse(readFileSync(JONAS_FILE, 'utf8')) as { version: number; relationTypes?: unknown; documents: Array<{ relations?: unknown }> };
  const rel = (id: string, type: string, from: string, to: string) => ({ id, type, from: `jonas-${from}`, to: `jonas-${to}`, annotator: 'jonas' });
  file.version = 2;
  file.relationTypes = TYPES;
  file.documents[0]!.relations = [rel('jr1', 'target', '014', '006'), rel('jr2', 'source', '014', '015'), rel('jr3', 'time', '018', '010'), rel('jr5', 'time', '014', '005')];
  const out = path.join(folder, 'jonas-relations.tagwerk.json');
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  return out;
}

const status = (page: Page) => page.getByTestId('status-message');
const relationRows = (page: Page) => page.getByTestId('relation-differences').getByTestId('relation-row');

/** My stored relations as "type: from → to" by the first words of the tags, and how many tags I have. */
async function stored(page: Page, dataDir: string): Promise<{ tags: number; relations: string[] }> {
  await waitForSaved(page);
  const set = await readStoredSet(dataDir, ARTICLE_ID);
  const textOf = (id: string) => set.annotations.find((a) => a.id === id)?.text.slice(0, 14) ?? '?';
  return { tags: set.annotations.length, relations: set.relations.map((r) => `${r.type}: ${textOf(r.from)} → ${textOf(r.to)}`).sort() };
}

test('de-DE: "Alles von jonas übernehmen" takes his relations along whose two ends are then mine, as one Ctrl+Z step, and they are there after a restart', async ({}, testInfo) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-merge-relations-'));
  const jonas = jonasWithRelations(folder);
  const app = await launchApp({ locale: 'de-DE', dialogs: { open: () => [jonas] } });
  const dataDir = app.dataDir;
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1400, height: 900 });
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    // My three tags, dragged with the mouse: one agrees with jonas, one has another label, one other bounds.
    for (const [quote, key] of [['Wladimir Putin', '4'], ['am Dienstag', '1'], ['Juni 2024', '3']] as const) {
      await dragOver(page, quote);
      await page.keyboard.press(key);
    }
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(3);

    await page.getByTestId('review-toggle').click();
    await page.getByTestId('review-panel').getByRole('button', { name: 'Markierungen einer Kollegin oder eines Kollegen importieren…' }).click();
    await page.getByTestId('import-purpose').getByRole('button', { name: 'Datei wählen…' }).click();
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Jetzt mit jonas vergleichen' }).click();
    await expect(relationRows(page)).toHaveCount(4);

    await page.getByRole('button', { name: 'Alles von jonas übernehmen' }).click();
    await expect(status(page)).toHaveText(
      'Übernommen – Markierungen: 15, Beziehungen: 2, Übereinstimmungen: 1 (Strg+Z nimmt alles zurück). Nicht übernommene Beziehungen: 2 – an einem Ende fehlt Ihnen die Markierung (ein offener Konflikt oder abgelehnt).',
    );
    const merged = { tags: 18, relations: ['source: Die USA und de → NIS', 'target: Die USA und de → Wladimir Putin'] };
    expect(await stored(page, dataDir)).toEqual(merged);
    await expect(relationRows(page)).toHaveCount(2);
    await expect(relationRows(page).first()).toHaveAttribute('data-kind', 'relation-only-theirs');
    for (const width of [1400, 1024]) {
      await page.setViewportSize({ width, height: width === 1400 ? 900 : 700 });
      await page.getByTestId('relation-differences').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`merged-de-${width}.png`) });
    }

    // One Ctrl+Z takes the tags and the relations back; Ctrl+Shift+Z brings both again.
    await page.keyboard.press('Control+z');
    await expect(relationRows(page)).toHaveCount(4);
    expect(await stored(page, dataDir)).toEqual({ tags: 3, relations: [] });
    await page.keyboard.press('Control+Shift+z');
    await expect(relationRows(page)).toHaveCount(2);
    expect(await stored(page, dataDir)).toEqual(merged);

    // His label for "am Dienstag", then merging again: the relation on it comes along, the one on the open boundary conflict does not.
    await page.getByTestId('group-label-conflict').getByTestId('review-row').filter({ hasText: 'am Dienstag' }).getByRole('button', { name: 'Ihres übernehmen' }).click();
    await page.getByRole('button', { name: 'Alles von jonas übernehmen' }).click();
    await expect(status(page)).toContainText('Markierungen: 0, Beziehungen: 1, Übereinstimmungen: 0');
    await expect(status(page)).toContainText('Nicht übernommene Beziehungen: 1');
    await expect(relationRows(page)).toHaveCount(1);
    expect((await stored(page, dataDir)).relations).toEqual([...merged.relations, 'time: Die USA und de → am Dienstag'].sort());
  } finally {
    await app.close();
  }

  // After a restart (in English this time) the relations are mine, and the one left is still open.
  const again = await launchApp({ locale: 'en-US', dataDir });
  try {
    const { page } = again;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    expect((await stored(page, dataDir)).relations).toHaveLength(3);
    await page.getByTestId('review-toggle').click();
    await expect(relationRows(page)).toHaveCount(1);
    await expect(relationRows(page)).toContainText('Only jonas: Time');
    for (const width of [1400, 1024]) {
      await page.setViewportSize({ width, height: width === 1400 ? 900 : 700 });
      await page.getByTestId('relation-differences').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`after-restart-en-${width}.png`) });
    }
  } finally {
    await again.close();
  }
});
