import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './app';
import { waitForSaved } from './support/editorText';
import { relateClaimToSpeaker, SPEAKER } from './support/relateClaimToSpeaker';
import { fileToImport, RELATION_FORMATS } from './support/relationFormats';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'native file dialogs are scripted only in the chromium host');
});


const arcs = (page: Page) => page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc');
const status = (page: Page) => page.getByTestId('status-message');

/** The app with its save and open dialogs answering the paths the test sets. */
async function launchScripted(locale: string): Promise<{ app: LaunchedApp; answer: { save: string | null; open: string | null } }> {
  const answer: { save: string | null; open: string | null } = { save: null, open: null };
  const app = await launchApp({ locale, dialogs: { save: () => answer.save, open: () => (answer.open === null ? null : [answer.open]) } });
  await expect(app.page.getByTestId('editor')).toContainText(SPEAKER);
  return { app, answer };
}

/** Exports this document in the format named `name` through Ctrl+E and the scripted save dialog; leaves the summary open. */
async function exportAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('export-summary')).toBeVisible();
}

/** Tags the claim and its speaker from the keyboard and relates them (R, K, Enter, 1 = source): one arc, named in English. */
async function relateAsSource(page: Page): Promise<void> {
  await relateClaimToSpeaker(page);
  await expect(arcs(page).first()).toHaveAttribute('aria-label', `Source: “die sicherheitspolitische …” → “${SPEAKER}”`);
}

test('a relation made from the keyboard is exported in every format that holds relations and comes back through Import… after its arc was deleted; CoNLL says it dropped it', async () => {
  test.setTimeout(300_000);
  const out = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-relation-formats-'));
  const { app, answer } = await launchScripted('en-US');
  try {
    const { page } = app;
    // The import reopens this document with its new relation: the window must survive that (it went blank once, see below).
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await relateAsSource(page);
    await waitForSaved(page);

    // CoNLL holds no relations: the export says so instead of dropping it unseen.
    answer.save = path.join(out, 'article.conll');
    await exportAs(page, 'CoNLL BIO');
    await expect(page.getByTestId('export-dialog')).toContainText('CoNLL: 1 relation was left out (CoNLL columns hold tags only).');
    await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();

    for (const [name, file, folder] of RELATION_FORMATS) {
      await test.step(name, async () => {
        answer.save = path.join(out, file);
        await exportAs(page, name);
        await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();

        // The user deletes the relation (click its arc, Delete); the two tags stay.
        await arcs(page).first().locator('.arc-label').first().click();
        await page.keyboard.press('Delete');
        await expect(status(page)).toContainText('Relation deleted.');
        await expect(arcs(page)).toHaveCount(0);

        answer.open = await fileToImport(path.join(out, file), folder);
        await page.getByRole('button', { name: 'Import…' }).click();
        const step = page.getByTestId('import-purpose');
        await step.getByRole('radio', { name: /Add to my tags/ }).check();
        await step.getByRole('button', { name: 'Choose file…' }).click();
        const summary = page.getByTestId('import-summary');
        // The import first waits for the deletion's save; on a loaded machine that can take longer than the default wait.
        await expect(summary.locator('.import-format')).toHaveText(`Read as ${name}.`, { timeout: 30_000 });
        await expect(summary).toContainText('Your tags: 0 added · 2 already there');
        await expect(summary).toContainText('1 relation added');
        await expect(page.getByTestId('import-losses')).toHaveCount(0);
        await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click();

        // The relation is back between the same two tags, with its type.
        await expect(arcs(page)).toHaveCount(1);
        await expect(arcs(page).first()).toHaveAttribute('aria-label', `Source: “die sicherheitspolitische …” → “${SPEAKER}”`);
        await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);
        // Reopening the document rebuilt the editor; an effect that read the old editor's view threw and React emptied the window.
        expect(errors).toEqual([]);
      });
    }

    // The same file imported again: the summary says the relation is there already, and nothing is added twice.
    await page.getByRole('button', { name: 'Import…' }).click();
    const step = page.getByTestId('import-purpose');
    await step.getByRole('radio', { name: /Add to my tags/ }).check();
    await step.getByRole('button', { name: 'Choose file…' }).click();
    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('Your tags: 0 added · 2 already there · 1 relation already there', { timeout: 30_000 });
    await expect(summary).not.toContainText('relation added');
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click();
    await expect(arcs(page)).toHaveCount(1);
  } finally {
    await app.close();
  }
});
