import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { computeAgreement } from '@shared/agreement/computeAgreement';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { launchApp } from './app';
import { clickTag } from './support/clickTag';
import { ARTICLE, ARTICLE_ID, readStoredSet, selectQuote, waitForSaved } from './support/editorText';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/review');
const JONAS_FILE = path.join(FIXTURES, '000_2010653594c6cf10.jonas.tagwerk.json');
const MARA_EDITED_FILE = path.join(FIXTURES, '000_2010653594c6cf10.edited.mara.tagwerk.json');

/** Serious or critical accessibility violations on the page as it is now. */
async function severeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** My six tags (label key, quote): 1 agrees with jonas, 2 label conflicts, 2 boundary conflicts, 1 only mine. */
const MY_TAGS: Array<[string, string]> = [
  ['4', 'Wladimir Putin'],
  ['1', 'am Dienstag'],
  ['1', 'Doch bisher gibt es keine unabhängigen Beweise für den Einsatz nordkoreanischer Truppen in Kampfgebieten.'],
  ['4', 'Koreanische Zentrale Nachrichtenagentur'],
  ['3', 'Juni 2024'],
  ['4', 'Moskau'],
];

const group = (page: Page, kind: string) => page.getByTestId(`group-${kind}`);
const groupCount = (page: Page, kind: string) => group(page, kind).getByTestId('group-count');
/** The distinct colleague spans drawn in the text (a span crossing other highlights is drawn in several pieces). */
const colleagueSpans = (page: Page, annotator: string) =>
  page.getByTestId('editor').locator(`tw-c[data-colleague="${annotator}"]`).evaluateAll((nodes) => new Set(nodes.map((n) => n.getAttribute('data-cann'))).size);
const row = (page: Page, kind: string, quote: string) => group(page, kind).getByTestId('review-row').filter({ hasText: quote });

async function tagMine(page: Page): Promise<void> {
  for (const [key, quote] of MY_TAGS) {
    await selectQuote(page, quote);
    await page.keyboard.press(key);
  }
  await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(MY_TAGS.length);
}

/** Review's own import button opens the app's one Import… dialog with "a colleague's tags to review" chosen; then the file dialog. */
async function importColleagueFromReview(page: Page): Promise<void> {
  await page.getByTestId('review-panel').getByRole('button', { name: "Import colleague's tags…" }).click();
  const step = page.getByTestId('import-purpose');
  await expect(step.getByRole('radio', { name: /colleague’s tags to review/ })).toBeChecked();
  await step.getByRole('button', { name: 'Choose file…' }).click();
}

test('import jonas, see the difference groups, resolve two conflicts, accept one, merge all, undo: the result is my stored set', async ({}, testInfo) => {
  const exported = path.join(await mkdtemp(path.join(os.tmpdir(), 'tagwerk-review-')), 'mine.tagwerk.json');
  const app = await launchApp({ dialogs: { open: () => [JONAS_FILE], save: () => exported } });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await tagMine(page);

    await page.getByTestId('review-toggle').click();
    await expect(page.getByTestId('review-panel')).toContainText('No colleague');
    await importColleagueFromReview(page);
    await expect(page.getByTestId('import-summary')).toContainText('jonas: 18 tags stored for review');
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Compare now with jonas' }).click();
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);

    // The groups expected from reading jonas's file against my six tags.
    await expect(groupCount(page, 'agree')).toHaveText('1 · 1 open');
    await expect(groupCount(page, 'label-conflict')).toHaveText('2 · 2 open');
    await expect(groupCount(page, 'boundary-conflict')).toHaveText('2 · 2 open');
    await expect(groupCount(page, 'only-mine')).toHaveText('1 · 1 open');
    await expect(groupCount(page, 'only-theirs')).toHaveText('13 · 13 open');
    await expect(row(page, 'label-conflict', 'am Dienstag')).toContainText('Claim');
    await expect(row(page, 'label-conflict', 'am Dienstag')).toContainText('Date');
    await expect(row(page, 'boundary-conflict', 'Koreanische Zentrale Nachrichtenagentur (KCNA)')).toContainText('146–185');
    await expect(row(page, 'boundary-conflict', 'Koreanische Zentrale Nachrichtenagentur (KCNA)')).toContainText('146–192');
    // Jonas's spans are in the text, marked with his initials and told apart from mine by position, not colour.
    const editor = page.getByTestId('editor');
    await expect.poll(() => colleagueSpans(page, 'jonas')).toBe(18);
    await expect(editor.locator('.col-marker[data-initials="JO"]')).toHaveCount(18);
    await page.screenshot({ path: testInfo.outputPath('review-mode.png') });
    expect(await severeViolations(page)).toEqual([]);
    // Each layer can be hidden: mine draws nothing, jonas's spans go away, and come back.
    await page.getByRole('checkbox', { name: /Me \(tester\)/ }).uncheck();
    await expect(editor).toHaveClass(/review-hide-mine/);
    await page.getByRole('checkbox', { name: /jonas/ }).uncheck();
    await expect.poll(() => colleagueSpans(page, 'jonas')).toBe(0);
    await page.getByRole('checkbox', { name: /jonas/ }).check();
    await page.getByRole('checkbox', { name: /Me \(tester\)/ }).check();
    await expect(editor).not.toHaveClass(/review-hide-mine/);
    await expect.poll(() => colleagueSpans(page, 'jonas')).toBe(18);

    // Clicking one of his spans in the text brings its row into view.
    await expect(row(page, 'only-theirs', 'Wassili Nebensja')).not.toBeInViewport();
    await clickTag(page, editor.locator('tw-c[data-cann="jonas-017"]').first());
    await expect(row(page, 'only-theirs', 'Wassili Nebensja')).toBeInViewport();

    // Resolve two conflicts: take his label for "am Dienstag", keep my boundaries of the news agency.
    await row(page, 'label-conflict', 'am Dienstag').getByRole('button', { name: 'Accept theirs' }).click();
    await expect(row(page, 'agree', 'am Dienstag').getByTestId('row-decision')).toHaveText('Accepted');
    await row(page, 'boundary-conflict', 'Koreanische').getByRole('button', { name: 'Keep mine' }).click();
    await expect(row(page, 'boundary-conflict', 'Koreanische').getByTestId('row-decision')).toHaveText('Kept mine');
    await expect(groupCount(page, 'label-conflict')).toHaveText('1 · 1 open');
    await expect(groupCount(page, 'boundary-conflict')).toHaveText('2 · 1 open');
    // Accept one of his spans that I lack.
    await row(page, 'only-theirs', 'Choe Son-hui').getByRole('button', { name: 'Accept theirs' }).click();
    await expect(groupCount(page, 'only-theirs')).toHaveText('12 · 12 open');
    await expect(groupCount(page, 'agree')).toHaveText('3 · 1 open');

    // Merge all from jonas: his 12 other spans come in, conflicts stay open; then undo that one step.
    await page.getByRole('button', { name: 'Merge all from jonas' }).click();
    await expect(groupCount(page, 'only-theirs')).toHaveText('0 · 0 open');
    await expect(groupCount(page, 'agree')).toHaveText('15 · 0 open');
    await expect(groupCount(page, 'label-conflict')).toHaveText('1 · 1 open');
    await expect(page.getByTestId('status-message')).toHaveText('Review: merged — tags: 12, relations: 0, agreements accepted: 1 (Ctrl+Z undoes all of it).');
    await page.keyboard.press('Control+z');
    await expect(groupCount(page, 'only-theirs')).toHaveText('12 · 12 open');
    await expect(groupCount(page, 'agree')).toHaveText('3 · 1 open');

    await waitForSaved(page);
    const stored = await readStoredSet(app.dataDir);
    expect(stored.annotations.map((a) => [a.text.slice(0, 20), a.label, a.start, a.end, a.annotator])).toEqual([
      ['Koreanische Zentrale', 'actor', 146, 185, 'tester'],
      ['am Dienstag', 'date', 193, 204, 'tester'],
      ['Wladimir Putin', 'actor', 278, 292, 'tester'],
      ['Moskau', 'actor', 449, 455, 'tester'],
      ['Juni 2024', 'date', 745, 754, 'tester'],
      ['Choe Son-hui', 'actor', 1535, 1547, 'tester'],
      ['Doch bisher gibt es ', 'claim', 1972, 2077, 'tester'],
    ]);
    expect(Array.from(ARTICLE).slice(449, 455).join('')).toBe('Moskau');
    // ... and in my export of this document (my own set only).
    await page.keyboard.press('Control+e');
    const exportDialog = page.getByTestId('export-dialog');
    await exportDialog.getByRole('checkbox', { name: /colleagues/ }).setChecked(false);
    await exportDialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByTestId('export-summary')).toContainText('1 document · 7 annotations');
    await exportDialog.getByRole('button', { name: 'Close' }).click();
    const dataset = JSON.parse(await readFile(exported, 'utf8')) as { documents: Array<{ annotations: Array<{ label: string; start: number; end: number }> }> };
    expect(dataset.documents[0]?.annotations.map((a) => [a.label, a.start, a.end])).toEqual(stored.annotations.map((a) => [a.label, a.start, a.end]));

    // Agreement: the panel's numbers are computeAgreement's on the same sets, with the unit named.
    await page.getByRole('tab', { name: 'Agreement' }).click();
    const jonas = (await createDocumentStore({ dataDir: app.dataDir }, { readOnly: true }).listColleagueSets(ARTICLE_ID)).sets[0];
    const expected = computeAgreement([{ text: ARTICLE, reference: stored.annotations, compared: jonas?.annotations ?? [] }], LABEL_IDS);
    const two = (v: number | null) => (v === null ? '–' : v.toFixed(2));
    await expect(page.getByTestId('agreement-row-micro')).toContainText(`7/18${two(expected.exactSpan.micro.precision)}${two(expected.exactSpan.micro.recall)}${two(expected.exactSpan.micro.f1)}${two(expected.overlap.micro.f1)}`);
    await expect(page.getByTestId('agreement-row-actor').locator('td').last()).toHaveText(two(expected.charKappa.perLabel.actor?.kappa ?? null));
    await expect(page.getByTestId('agreement-unit')).toContainText(`counted in code points`);
    await expect(page.getByTestId('agreement-unit')).toContainText(`${expected.charKappa.positions} non-whitespace code points`);
    await expect(page.getByTestId('agreement-chart').getByRole('img', { name: /^Date: Exact F1/ })).toHaveCount(1);
    await page.getByLabel("All documents with jonas's tags").check();
    await expect(page.getByTestId('agreement-documents')).toHaveText('1 document compared.');
    await expect(page.getByTestId('agreement-row-micro')).toContainText(two(expected.exactSpan.micro.f1));
    await page.setViewportSize({ width: 1280, height: 1250 });
    await page.screenshot({ path: testInfo.outputPath('agreement-panel.png') });
    expect(await severeViolations(page)).toEqual([]);

    // The imported set itself never changed.
    expect(jonas?.annotations).toHaveLength(18);
  } finally {
    await app.close();
  }
});

test('a colleague file made on an edited copy: the migration list shows every row (one orphan), accepted rows are stored on my text', async ({}, testInfo) => {
  const app = await launchApp({ dialogs: { open: () => [MARA_EDITED_FILE] } });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByTestId('review-toggle').click();
    await importColleagueFromReview(page);
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    const dialog = page.getByTestId('migration-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('migration-row')).toHaveCount(19);
    await expect(dialog.getByTestId('migration-counts')).toHaveText('0 exact · 17 moved · 1 fuzzy · 1 without a place');
    const orphan = dialog.locator('[data-testid="migration-row"][data-status="orphaned"]');
    await expect(orphan).toContainText('Delegation aus Moskau');
    await expect(orphan.getByRole('checkbox')).toBeDisabled();
    await expect(dialog.locator('[data-status="fuzzy"]')).toContainText('bewaffneten Angriff');
    await page.screenshot({ path: testInfo.outputPath('migration-dialog.png') });
    expect(await severeViolations(page)).toEqual([]);

    // Reject one row, accept the rest.
    await dialog.getByRole('checkbox', { name: 'Accept “Wladimir Putin”' }).uncheck();
    await dialog.getByRole('button', { name: 'Store 17 tags' }).click();
    await expect(dialog).toBeHidden();
    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('mara: 17 re-anchored tags stored; 1 rejected, 1 without a place (not stored).');
    await expect(summary.getByTestId('not-stored').locator('li')).toHaveCount(2);
    await expect(summary.getByTestId('not-stored')).toContainText('Wladimir Putin');
    await expect(summary.getByTestId('not-stored')).toContainText('Delegation aus Moskau');
    await expect(groupCount(page, 'only-theirs')).toHaveText('17 · 17 open');
    await expect.poll(() => colleagueSpans(page, 'mara')).toBe(17);

    const { sets } = await createDocumentStore({ dataDir: app.dataDir }, { readOnly: true }).listColleagueSets(ARTICLE_ID);
    expect(sets.map((s) => [s.annotator, s.annotations.length])).toEqual([['mara', 17]]);
    const quote = sets[0]?.annotations.find((a) => a.label === 'quote' && a.text.startsWith('“Wenn'));
    expect(quote).toMatchObject({ start: 1151, end: 1424 });
    expect(quote?.text).toContain('bewaffneten Angriff');
    expect(sets[0]?.annotations.some((a) => a.text === 'Wladimir Putin')).toBe(false);
  } finally {
    await app.close();
  }
});
