import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { clickTag } from './support/clickTag';
import { waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import { relateClaimToSpeaker, SPEAKER } from './support/relateClaimToSpeaker';
import { fileToImport } from './support/relationFormats';

// A German user's day with relations at 1024×700, by keyboard and mouse on the built-in article:
// a relation by R, J/K, Enter; one by mouse; retype, Delete, undo; export brat and doccano; a
// colleague's two files (one with a relation retyped) imported for review; the relation difference
// reviewed; relation F1 in the agreement tab; my own export imported back says what was there already.

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'native file dialogs are scripted only in the chromium host');
});

const SHOTS = process.env.TAGWERK_SHOTS;

const arcs = (page: Page, layer = 'mine') => page.getByTestId('relation-arcs').locator(`[data-layer="${layer}"] .arc`);
const status = (page: Page) => page.getByTestId('status-message');
const banner = (page: Page) => page.getByTestId('relation-banner');
const details = (page: Page) => page.getByTestId('relation-details');
const tag = (page: Page, start: string) => page.getByTestId('editor').locator('[data-ann]').filter({ hasText: start }).first();

/** A screenshot of this step when TAGWERK_SHOTS names a folder (for a person to look at). */
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `day-${name}.png`) });
}

/** Exports the document in `format` through Strg+E and the scripted save dialog, and closes the summary. */
async function exportAs(page: Page, format: RegExp): Promise<void> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: format }).click({ timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Exportieren…' }).click();
  await expect(page.getByTestId('export-summary')).toBeVisible();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
}

/** Imports the scripted file as `colleague`'s (the purpose step by mouse, the name typed unless empty: the file's own) or as mine; leaves the summary open. */
async function importFile(page: Page, colleague: string | null): Promise<void> {
  await page.getByRole('button', { name: 'Importieren…', exact: true }).click();
  const step = page.getByTestId('import-purpose');
  if (colleague === null) await step.getByRole('radio', { name: /Zu meinen Markierungen hinzufügen/ }).click();
  else {
    await step.getByRole('radio', { name: /Markierungen einer Kollegin/ }).click();
    if (colleague !== '') await step.getByRole('textbox', { name: 'Name der Kollegin / des Kollegen' }).fill(colleague);
  }
  await step.getByRole('button', { name: 'Datei wählen…' }).click();
  await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-state', 'imported', { timeout: 30_000 });
}

test('de-DE 1024: relations by keys and mouse, retyped, deleted and undone, exported as brat and doccano, reviewed against a colleague, with relation F1', async () => {
  test.setTimeout(300_000);
  const out = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-relation-day-'));
  const answer: { save: string | null; open: string | null } = { save: null, open: null };
  const app = await launchApp({ locale: 'de-DE', dialogs: { save: () => answer.save, open: () => (answer.open === null ? null : [answer.open]) } });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect(page.getByTestId('editor')).toContainText(SPEAKER);

    // By keyboard: the claim (1), its speaker (4), J back to the claim, R, K to the speaker, Enter, 1 Quelle.
    await relateClaimToSpeaker(page, {
      check: async (step) => {
        if (step === 'target') await expect(banner(page)).toContainText(`→ „${SPEAKER}“`);
      },
    });
    await expect(status(page)).toHaveText(`Beziehung Quelle: „die sicherheitspolitische …“ → „${SPEAKER}“.`);
    await expect(arcs(page)).toHaveCount(1);

    // By mouse: drag over Putin, the Akteur button, click the claim, Verbinden…, click Putin, Verbinden, 2 Ziel.
    await dragOver(page, 'Putin', { occurrence: 2 });
    await page.getByRole('button', { name: 'Akteur (Taste 4)' }).click();
    await expect(status(page)).toContainText('als Akteur markiert');
    await clickTag(page, tag(page, 'die sicherheitspolitische'));
    await details(page).getByRole('button', { name: 'Verbinden… (R)' }).click();
    await clickTag(page, tag(page, 'Putin'));
    await expect(banner(page)).toContainText('→ „Putin“');
    await banner(page).getByRole('button', { name: 'Verbinden (Enter)' }).click();
    await banner(page).getByRole('button', { name: '2 Ziel' }).click();
    await expect(arcs(page)).toHaveCount(2);
    await expect(arcs(page).filter({ has: page.locator('.arc-label', { hasText: 'Ziel' }) })).toHaveAttribute('aria-label', 'Ziel: „die sicherheitspolitische …“ → „Putin“');
    await shot(page, '1-two-relations');

    // Retype the speaker's relation in the details panel (Quelle → Ziel), then undo it from the text.
    const speakerRow = details(page).locator('.relation-item').filter({ hasText: SPEAKER });
    await speakerRow.getByRole('combobox').selectOption({ label: 'Ziel' });
    await expect(status(page)).toHaveText('Die Beziehung ist jetzt Ziel.');
    await page.getByTestId('editor').focus();
    await page.keyboard.press('Control+z');
    await expect(arcs(page).filter({ has: page.locator('.arc-label', { hasText: 'Quelle' }) })).toHaveCount(1);

    // Delete: click the Putin arc's label, Entf; Strg+Z brings it back.
    await arcs(page).filter({ has: page.locator('.arc-label', { hasText: 'Ziel' }) }).locator('.arc-label').click();
    await expect(banner(page)).toHaveAttribute('data-mode', 'selected');
    await shot(page, '2-relation-selected');
    await page.keyboard.press('Delete');
    await expect(status(page)).toHaveText('Beziehung gelöscht.');
    await expect(arcs(page)).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(arcs(page)).toHaveCount(2);
    await waitForSaved(page);

    // Export as brat and as doccano.
    answer.save = path.join(out, 'article-brat');
    await exportAs(page, /^brat-Standoff/);
    answer.save = path.join(out, 'article.doccano.jsonl');
    await exportAs(page, /^doccano-JSONL/);

    // Kim's copy of the brat file: she made the speaker's relation a Ziel (target) instead.
    const brat = await fileToImport(path.join(out, 'article-brat'), true);
    const ann = await readFile(brat, 'utf8');
    expect(ann.match(/^R\d+\tsource /gm)).toHaveLength(1);
    await writeFile(brat, ann.replace(/^(R\d+)\tsource /m, '$1\ttarget '));
    // The review panel, empty yet, says that a colleague's file in any exported format will do (it named Tagwerk's .json only).
    await page.getByRole('button', { name: 'Abgleich' }).click();
    await expect(page.getByTestId('review-panel').locator('.review-empty')).toContainText('Tagwerk-JSON, doccano, brat');
    answer.open = brat;
    await importFile(page, 'Kim');
    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('Gelesen als brat');
    await expect(summary).toContainText('Kim: 3 Markierungen zur Durchsicht gespeichert · 2 Beziehungen');
    await shot(page, '3-import-kim');
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Jetzt mit Kim vergleichen' }).click();

    // The review shows the one relation difference: mine Quelle, Kim's Ziel.
    const rows = page.getByTestId('relation-differences').getByTestId('relation-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-kind', 'relation-type');
    await expect(rows.first()).toContainText('Meine: Quelle · Kim: Ziel');
    await rows.first().scrollIntoViewIfNeeded();
    await shot(page, '4-relation-difference');
    await rows.first().getByRole('button', { name: 'Meins behalten' }).click();
    await expect(rows.first()).toHaveAttribute('data-decision', 'keep-mine');

    // Agreement: relation F1 per type and overall (the Ziel to Putin matches, the speaker's type does not).
    await page.getByTestId('review-panel').getByRole('tab', { name: 'Übereinstimmung' }).click();
    const relationTable = page.getByTestId('relation-agreement');
    await expect(relationTable.getByTestId('relation-agreement-micro')).toContainText('2/2');
    await expect(relationTable.getByTestId('relation-agreement-micro').locator('.score-f1')).toHaveText('0,50');
    await expect(relationTable.getByTestId('relation-agreement-target')).toContainText('1/2');
    await relationTable.scrollIntoViewIfNeeded();
    await shot(page, '5-agreement-relations');
    // The span table's overlap head reads on one line at 1024 (the German "Über-/lapp-/F1" broke into three), its full name read out.
    const spanTable = page.getByTestId('agreement-table');
    await spanTable.scrollIntoViewIfNeeded();
    await shot(page, '5-agreement-spans');
    const overlapHead = spanTable.getByRole('columnheader', { name: 'Überlapp-F1' });
    await expect(overlapHead).toHaveText('Ü‑F1');
    const lines = await overlapHead.evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);

    // Jonas's doccano file: my export as his Tagwerk would write it (each line names its annotator), the same relations as mine.
    const doccano = path.join(out, 'jonas.doccano.jsonl');
    const jsonl = (await readFile(path.join(out, 'article.doccano.jsonl'), 'utf8')).replaceAll('"annotator":"tester"', '"annotator":"jonas"');
    expect(jsonl).toContain('"relations":[{');
    await writeFile(doccano, jsonl);
    answer.open = doccano;
    await importFile(page, '');
    await expect(summary).toContainText('Gelesen als doccano-JSONL');
    await expect(summary).toContainText('jonas: 3 Markierungen zur Durchsicht gespeichert · 2 Beziehungen');
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Jetzt mit jonas vergleichen' }).click();
    await page.getByTestId('review-panel').getByRole('tab', { name: 'Unterschiede' }).click();
    await expect(page.getByTestId('relation-differences')).toContainText('Keine Unterschiede bei Beziehungen.');

    // My brat export imported back as mine: nothing added, and the summary says the relations were there already.
    answer.open = brat;
    await writeFile(brat, ann);
    await importFile(page, null);
    await expect(summary).toContainText('Ihre Markierungen: 0 hinzugefügt · 3 schon vorhanden · 2 Beziehungen schon vorhanden');
    await shot(page, '6-import-mine-again');
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Schließen' }).click();
    await expect(arcs(page)).toHaveCount(2);
  } finally {
    await app.close();
  }
});
