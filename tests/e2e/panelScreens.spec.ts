import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { selectQuote } from './support/editorText';
import { severeViolations } from './support/severeViolations';

// Every panel an analyst meets, in English and German, at 1400×900 and 1024×700: screenshots to
// look at (TAGWERK_SHOTS, else the test's output folder), axe on the panels no other spec checks
// (the shortcut overlay, settings, relation mode and a selected relation, relation review), and
// no panel wider than the window.

const JONAS_FILE = path.resolve(import.meta.dirname, '../fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json');
const SIZES = [
  [1400, 900],
  [1024, 700],
] as const;

/** Elements of `selector` whose right edge lies past the window's (cut off by the window or by a parent). */
async function pastTheWindow(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll(sel)].flatMap((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 ? [`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(box.right)} > ${width}`] : [];
    });
  }, selector);
}

for (const locale of ['en-US', 'de-DE']) {
  test(`${locale}: relation mode, relation details, shortcuts, settings, export, import, review and agreement at both sizes`, async ({}, testInfo) => {
    test.setTimeout(240_000);
    const de = locale === 'de-DE';
    const shots = process.env.TAGWERK_SHOTS ?? testInfo.outputPath();
    mkdirSync(shots, { recursive: true });
    const app = await launchApp({ locale, dialogs: { open: () => [JONAS_FILE], save: () => null } });
    const { page } = app;
    const shot = (name: string, width: number) => page.screenshot({ path: path.join(shots, `${locale}-${width}-${name}.png`) });
    try {
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      // Jonas's set for review, and my claim → source → speaker.
      await page.locator('.dataset-buttons button').first().click();
      await page.getByTestId('import-purpose').locator('input[value="colleague"]').check();
      await page.getByTestId('import-purpose').locator('button[type="submit"]').click();
      await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-state', 'imported');
      await page.keyboard.press('Escape');
      await selectQuote(page, 'die sicherheitspolitische Kooperation nicht gegen Drittländer gerichtet sei');
      await page.keyboard.press('1');
      await selectQuote(page, 'Wassili Nebensja');
      await page.keyboard.press('4');
      await page.keyboard.press('j');

      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.getByTestId('editor').focus();
        await page.keyboard.press('r');
        await page.keyboard.press('k');
        await expect(page.getByTestId('relation-banner')).toHaveAttribute('data-mode', 'picking');
        await shot('relation-mode', width);
        expect(await severeViolations(page), 'relation mode').toEqual([]);
        await page.keyboard.press('Enter');
        await page.keyboard.press('1');
        await expect(page.getByTestId('relation-banner')).toHaveCount(0);
        await page.keyboard.press('Tab');
        await expect(page.getByTestId('relation-banner')).toHaveAttribute('data-mode', 'selected');
        await page.getByTestId('relation-details').scrollIntoViewIfNeeded();
        await shot('relation-selected', width);
        expect(await severeViolations(page), 'relation selected').toEqual([]);
        expect(await pastTheWindow(page, '.relation-banner, [data-testid="relation-details"], [data-testid="annotation-list"]')).toEqual([]);
        // Leave the relation for the next size as it was: delete it.
        await page.keyboard.press('Delete');
        await page.keyboard.press('Escape');

        await page.keyboard.press('?');
        await expect(page.getByTestId('shortcut-overlay')).toBeVisible();
        await shot('shortcuts', width);
        expect(await severeViolations(page), 'shortcut overlay').toEqual([]);
        expect(await pastTheWindow(page, '[data-testid="shortcut-overlay"]')).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('shortcut-overlay')).toHaveCount(0);

        await page.getByRole('button', { name: de ? /^Einstellungen/ : /^Settings/ }).click();
        await expect(page.getByTestId('settings-dialog')).toBeVisible();
        await shot('settings', width);
        expect(await severeViolations(page), 'settings').toEqual([]);
        expect(await pastTheWindow(page, '[data-testid="settings-dialog"]')).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('settings-dialog')).toHaveCount(0);

        await page.keyboard.press('Control+e');
        await expect(page.getByTestId('export-dialog')).toBeVisible();
        await shot('export', width);
        expect(await pastTheWindow(page, '[data-testid="export-dialog"]')).toEqual([]);
        await page.keyboard.press('Escape');

        await page.locator('.dataset-buttons button').first().click();
        await expect(page.getByTestId('import-purpose')).toBeVisible();
        await shot('import', width);
        expect(await pastTheWindow(page, '[data-testid="import-dialog"]')).toEqual([]);
        await page.keyboard.press('Escape');

        await page.getByTestId('review-toggle').click();
        await expect(page.getByTestId('group-agree')).toBeVisible();
        await shot('review', width);
        await page.getByTestId('relation-differences').scrollIntoViewIfNeeded();
        await shot('review-relations', width);
        expect(await severeViolations(page), 'review with relation differences').toEqual([]);
        await page.locator('#review-tab-agreement').click();
        await expect(page.getByTestId('agreement-chart')).toBeVisible();
        await shot('agreement', width);
        await page.getByTestId('relation-agreement').scrollIntoViewIfNeeded();
        await shot('agreement-relations', width);
        expect(await pastTheWindow(page, '[data-testid="review-panel"], [data-testid="review-panel"] *')).toEqual([]);
        await page.locator('#review-tab-differences').click();
        await page.getByTestId('review-toggle').click();
        await expect(page.getByTestId('review-panel')).toHaveCount(0);
        await page.getByTestId('annotation-list').getByRole('option').filter({ hasText: 'sicherheitspolitische' }).click();
      }
    } finally {
      await app.close();
    }
  });
}
