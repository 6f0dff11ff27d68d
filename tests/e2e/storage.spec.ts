import { readdir, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { documentPaths } from '../../electron/node/store/documentPaths';
import { launchApp } from './app';
import { ARTICLE_ID, readStoredSet, selectQuote, waitForSaved } from './support/editorText';

const items = (page: import('@playwright/test').Page) => page.getByTestId('annotation-list').getByRole('option');

test('three tags survive closing and relaunching on the same data folder, with the same offsets', async () => {
  const first = await launchApp();
  const { dataDir } = first;
  await expect(first.page.getByTestId('editor')).toContainText('Wladimir Putin');
  await selectQuote(first.page, 'Wladimir Putin');
  await first.page.keyboard.press('4');
  await selectQuote(first.page, 'am Dienstag');
  await first.page.keyboard.press('3');
  await selectQuote(first.page, 'Kim Jong-un', 1);
  await first.page.keyboard.press('4');
  await expect(items(first.page)).toHaveCount(3);
  // No waiting for autosave: closing must save like a real quit.
  await first.close();
  const before = await readStoredSet(dataDir);
  expect(before.annotations).toHaveLength(3);

  const second = await launchApp({ dataDir });
  try {
    await expect(items(second.page)).toHaveCount(3);
    await expect(second.page.getByTestId('annotation-list')).toContainText('Wladimir Putin');
    const after = await readStoredSet(dataDir);
    expect(after.annotations.map(({ start, end, label, text }) => ({ start, end, label, text }))).toEqual(
      before.annotations.map(({ start, end, label, text }) => ({ start, end, label, text })),
    );
    expect(after.annotations.find((a) => a.text === 'Wladimir Putin')).toMatchObject({ start: 278, end: 292 });
  } finally {
    await second.close();
  }
});

test('a corrupt annotations.json is moved aside, the backup restores the work and the user is told (in German, from the notice codes)', async () => {
  const first = await launchApp();
  const { dataDir } = first;
  await expect(first.page.getByTestId('editor')).toContainText('Wladimir Putin');
  await selectQuote(first.page, 'Wladimir Putin');
  await first.page.keyboard.press('4');
  await waitForSaved(first.page);
  await selectQuote(first.page, 'KCNA');
  await first.page.keyboard.press('4');
  await waitForSaved(first.page);
  await first.close();

  const paths = documentPaths(dataDir, ARTICLE_ID);
  await writeFile(paths.annotations, '{"schemaVersion": 1, "annotations": [ trunc');

  const second = await launchApp({ dataDir, locale: 'de-DE' });
  try {
    const notices = second.page.getByTestId('notices');
    await expect(notices).toBeVisible();
    await expect(notices).toContainText(/backup|\.bak/i);
    await expect(notices.locator('[data-code="quarantined"]')).toContainText(/Die Markierungsdatei \S*annotations\.json war nicht lesbar und wurde nach \S*annotations\.corrupt-\S+\.json beiseitegelegt/);
    await expect(notices.locator('[data-code="recovered-from-backup"]')).toContainText(/Ihre Markierungen wurden aus der Sicherung \S*annotations\.json\.bak wiederhergestellt/);
    await expect(notices).not.toContainText(/could not be read|restored/);
    // The backup holds the last good version before the final save: at least the first tag.
    await expect(second.page.getByTestId('annotation-list')).toContainText('Wladimir Putin');
    const files = await readdir(paths.dir);
    expect(files.some((f) => /^annotations\.corrupt-.*\.json$/.test(f))).toBe(true);
    const restored = await readStoredSet(dataDir);
    expect(restored.annotations.some((a) => a.text === 'Wladimir Putin' && a.start === 278)).toBe(true);
  } finally {
    await second.close();
  }
});

test('a relaunch restores the last open document and its scroll position', async () => {
  const first = await launchApp();
  const { dataDir } = first;
  await expect(first.page.getByTestId('editor')).toContainText('Wladimir Putin');
  await first.page.setViewportSize({ width: 1100, height: 420 });
  const pane = first.page.locator('.document-pane');
  await pane.evaluate((el) => el.scrollTo({ top: 250 }));
  const scrolled = await pane.evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(200);
  await first.page.waitForTimeout(1200);
  await first.close();

  const second = await launchApp({ dataDir });
  try {
    await expect(second.page.getByTestId('editor')).toContainText('Wladimir Putin');
    await second.page.setViewportSize({ width: 1100, height: 420 });
    await expect.poll(() => second.page.locator('.document-pane').evaluate((el) => Math.abs(el.scrollTop - 250))).toBeLessThan(3);
  } finally {
    await second.close();
  }
});
