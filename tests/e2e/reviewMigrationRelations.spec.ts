import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { launchApp } from './app';
import { ARTICLE_ID } from './support/editorText';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'native file dialogs are scripted only in the chromium host');
});

/** Mara's tags made on an edited copy of the article (one tag has no place in mine), version 2 with four relations. */
const MARA_RELATIONS = path.join(fileURLToPath(new URL('../fixtures/review/', import.meta.url)), '000_2010653594c6cf10.edited.mara-relations.tagwerk.json');

/** Import… of a colleague's file from the review panel, as a user does it in German. */
async function importColleague(page: Page): Promise<void> {
  await page.getByTestId('review-panel').getByRole('button', { name: 'Markierungen einer Kollegin oder eines Kollegen importieren…' }).click();
  const step = page.getByTestId('import-purpose');
  await expect(step.getByRole('radio', { name: /Kollegin oder eines Kollegen zum Abgleich/ })).toBeChecked();
  await step.getByRole('button', { name: 'Datei wählen…' }).click();
}

test('de-DE: re-anchoring a colleague’s file keeps the relations whose two tags were stored and lists the others as not stored, by type and quotes', async ({}, testInfo) => {
  const app = await launchApp({ locale: 'de-DE', dialogs: { open: () => [MARA_RELATIONS] } });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByTestId('review-toggle').click();
    await importColleague(page);
    const dialog = page.getByTestId('migration-dialog');
    await expect(dialog.getByTestId('migration-row')).toHaveCount(19);
    // The user rejects Putin; "Delegation aus Moskau" has no place in this text.
    await dialog.getByRole('checkbox', { name: '„Wladimir Putin“ annehmen' }).uncheck();
    await dialog.getByRole('button', { name: '17 Markierungen speichern' }).click();
    await expect(dialog).toBeHidden();

    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('mara: 17 übertragene Markierungen gespeichert; 1 verworfen, 1 ohne Platz (nicht gespeichert). 2 Beziehungen mit übernommen; 2 weggelassen, weil eine ihrer Markierungen nicht gespeichert wurde.');
    const lost = summary.getByTestId('relations-not-stored').getByRole('listitem');
    await expect(lost).toHaveCount(2);
    await expect(lost.nth(0)).toHaveText('Markierung fehlt Quelle: “Umfassende Partnerschaftsabkommen zwis… → Delegation aus Moskau');
    await expect(lost.nth(1)).toHaveText("Markierung fehlt Ziel: Die USA und der südkoreanische Nachrich… → Wladimir Putin");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: testInfo.outputPath('migration-relations-de-1400.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: testInfo.outputPath('migration-relations-de-1024.png') });

    // The two kept relations are Mara's, in the difference list as hers only.
    const rows = page.getByTestId('relation-differences').getByTestId('relation-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute('data-kind', 'relation-only-theirs');
    const { sets } = await createDocumentStore({ dataDir: app.dataDir }, { readOnly: true }).listColleagueSets(ARTICLE_ID);
    expect(sets[0]?.relations.map((r) => r.id)).toEqual(['mara-r2', 'mara-r1']);
  } finally {
    await app.close();
  }
});
