import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentPaths } from '../../electron/node/store/documentPaths';
import { launchApp } from './app';
import { ARTICLE_ID } from './support/editorText';

const JONAS_FILE = path.resolve(import.meta.dirname, '../fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json');

/** Imports jonas's file as a colleague's tags through review's import button and the Import… dialog (the file dialog is stubbed). */
async function importJonas(page: Page, compare: RegExp): Promise<void> {
  await page.getByTestId('review-panel').getByRole('button', { name: /Import colleague's tags…|Markierungen .*importieren…/ }).click();
  await page.getByTestId('import-purpose').getByRole('button', { name: /Choose file…|Datei wählen…/ }).click();
  await page.getByTestId('import-dialog').getByRole('button', { name: compare }).click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
}

test("a damaged colleague set: review says whose set was kept aside and where (German and English), until that colleague's file is imported again", async () => {
  const first = await launchApp({ dialogs: { open: () => [JONAS_FILE] } });
  const { dataDir } = first;
  try {
    await expect(first.page.getByTestId('editor')).toContainText('Wladimir Putin');
    await first.page.getByTestId('review-toggle').click();
    await importJonas(first.page, /Compare now with jonas/);
    await expect(first.page.getByTestId('review-panel').getByTestId('review-unreadable')).toHaveCount(0);
  } finally {
    await first.close();
  }

  // The test damages jonas's stored set itself: a tag ending before it starts (the name stays readable).
  const dir = documentPaths(dataDir, ARTICLE_ID).colleaguesDir;
  const [stored] = await readdir(dir);
  const set = JSON.parse(await readFile(path.join(dir, stored!), 'utf8')) as { annotator: string; annotations: Array<{ end: number }> };
  expect(set.annotator).toBe('jonas');
  set.annotations[0]!.end = -5;
  await writeFile(path.join(dir, stored!), JSON.stringify(set));

  const german = await launchApp({ dataDir, locale: 'de-DE' });
  try {
    const { page } = german;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByTestId('review-toggle').click();
    const unreadable = page.getByTestId('review-unreadable');
    await expect(unreadable).toContainText('Markierungen einer Kollegin oder eines Kollegen konnten nicht gelesen werden');
    await expect(unreadable.getByRole('listitem')).toHaveText(
      /^Die Markierungen von jonas zu diesem Dokument konnten nicht gelesen werden\. Die beschädigte Datei wurde als documents\/\S+\/colleagues\/[0-9a-f]{64}\.corrupt-\S+\.json beiseitegelegt; importieren Sie die Datei von jonas erneut, um zu vergleichen\.$/,
    );
    await expect(unreadable.locator('bdi').first()).toHaveText('jonas');
    await expect(page.getByTestId('review-panel')).not.toContainText('noch keine Markierungen');
  } finally {
    await german.close();
  }
  const aside = (await readdir(dir)).find((name) => name.includes('.corrupt-'));
  expect(aside).toMatch(new RegExp(`^${stored!.slice(0, 64)}\\.corrupt-.+\\.json$`));

  // Still said on the next start (nothing was dismissed silently), then gone once jonas is imported again.
  const english = await launchApp({ dataDir, dialogs: { open: () => [JONAS_FILE] } });
  try {
    const { page } = english;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByTestId('review-toggle').click();
    const unreadable = page.getByTestId('review-unreadable');
    await expect(unreadable.getByRole('listitem')).toHaveText(
      `jonas's tags for this document could not be read. The damaged file was kept aside as documents/${ARTICLE_ID.slice('sha256:'.length)}/colleagues/${aside!}; import jonas's file again to compare.`,
    );
    await expect(page.getByTestId('review-panel')).not.toContainText("No colleague's tags");
    await importJonas(page, /Compare now with jonas/);
    await expect(unreadable).toHaveCount(0);
    await expect(page.getByTestId('group-only-theirs')).toBeVisible();
  } finally {
    await english.close();
  }
  // The damaged copy is still there for the user.
  expect(await readdir(dir)).toContain(aside);
});
