import { expect, test } from '@playwright/test';
import { launchApp } from './app';
import { readStoredSet, selectQuote, waitForSaved } from './support/editorText';

test('at first start the annotator is asked for, prefilled with the OS user name, and recorded on tags', async ({}, testInfo) => {
  const app = await launchApp({ annotator: null, locale: 'de-DE' });
  try {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'Wer annotiert?' });
    await expect(dialog).toBeVisible();
    const name = dialog.getByLabel('Ihr Name');
    await expect(name).toHaveValue('analyst');
    await page.screenshot({ path: testInfo.outputPath('first-start-de.png') });
    await name.fill('Jonas Müller');
    await dialog.getByRole('button', { name: 'Mit dem Annotieren beginnen' }).click();
    await expect(dialog).toBeHidden();
    await selectQuote(page, 'Wladimir Putin');
    await page.keyboard.press('4');
    await waitForSaved(page);
    const stored = await readStoredSet(app.dataDir);
    expect(stored.annotator).toBe('Jonas Müller');
    expect(stored.annotations[0]?.annotator).toBe('Jonas Müller');
    await page.screenshot({ path: testInfo.outputPath('tagged-de.png') });
  } finally {
    await app.close();
  }
});
