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

test('settings: the annotator name can be changed, the UI language chosen, word snapping turned off', async () => {
  const app = await launchApp();
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: /Settings/ }).click();
    const dialog = page.getByTestId('settings-dialog');
    // An empty name: Save is disabled, looks it, and says why.
    await dialog.getByLabel('Your name as annotator').fill('   ');
    const save = dialog.getByRole('button', { name: 'Save' });
    await expect(save).toBeDisabled();
    await expect(save).toHaveAccessibleDescription('Save is off until you enter a name: every tag you make carries it.');
    expect(await save.evaluate((button) => getComputedStyle(button).opacity)).toBe('0.5');
    await dialog.getByLabel('Your name as annotator').fill('Mara 😀');
    await expect(dialog.getByTestId('settings-save-why')).toHaveCount(0);
    await dialog.getByLabel('Language').selectOption('de');
    await dialog.getByLabel('Snap to words').uncheck();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: /Akteur \(Taste 4\)/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // Without snapping, a half word stays a half word.
    await selectQuote(page, 'Wladimir Pu');
    await page.keyboard.press('4');
    await waitForSaved(page);
    const stored = await readStoredSet(app.dataDir);
    expect(stored.annotations[0]).toMatchObject({ text: 'Wladimir Pu', annotator: 'Mara 😀' });
  } finally {
    await app.close();
  }
});
