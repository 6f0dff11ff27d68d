import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Annotation } from '@shared/annotation/annotation';
import { documentIdOf } from '@shared/text/documentId';
import { createOffsetConverter, isInsideSurrogatePair } from '@shared/text/offsetConverter';
import { reanchorAnnotations } from '@shared/review/reanchor';
import { benchDataset, germanText } from '../bench/benchCorpus';
import { runCli } from '../bench/runCli';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { launchApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { charBoxes } from './support/mouseDrag';

// Jonas tagged an older version of a long article: 2,000 long spans on a 200,000-character text.
// My version has a sentence more at the start and a changed letter every 2,500 characters, so the
// worker moves most spans and fuzzily places the rest, which takes seconds: long enough to watch
// the progress and to keep tagging meanwhile.

const TITLE = 'Lange Meldung';
const SPANS = 2000;
const THEIRS = germanText(200_000, 11);
const MINE = Array.from(`Vorbemerkung der Redaktion. ${THEIRS}`)
  .map((c, i) => (i % 2500 === 1250 && /\p{L}/u.test(c) ? 'x' : c))
  .join('');

/** Jonas's spans: 400–1,000 characters each, evenly spread (so they overlap), offsets in code points. */
function jonasSpans(): Annotation[] {
  const conv = createOffsetConverter(THEIRS);
  return Array.from({ length: SPANS }, (_, i) => {
    // Never inside an emoji's surrogate pair: a span edge there would be a lone surrogate.
    const edge = (at: number) => (isInsideSurrogatePair(THEIRS, at) ? at + 1 : at);
    const start = edge(Math.floor((i * THEIRS.length) / SPANS));
    const end = edge(Math.min(THEIRS.length, start + 400 + (i % 7) * 100));
    return { id: `j${i}`, label: 'claim', start: conv.utf16ToCodePoint(start), end: conv.utf16ToCodePoint(end), text: THEIRS.slice(start, end), annotator: 'jonas' };
  });
}

/** A data folder holding my version (stored through the CLI, as a user's earlier import would) and Jonas's file beside it. */
async function setUp(): Promise<{ dataDir: string; jonasFile: string }> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-reanchor-'));
  const mine = path.join(work, 'mine.tagwerk.json');
  await writeFile(mine, JSON.stringify(benchDataset([{ title: TITLE, text: MINE, annotations: [] }], 'tester')));
  const dataDir = path.join(work, 'data');
  await runCli(['import', '--data-dir', dataDir, '--annotator', 'tester', mine]);
  const jonasFile = path.join(work, 'jonas.tagwerk.json');
  await writeFile(jonasFile, JSON.stringify(benchDataset([{ title: TITLE, text: THEIRS, annotations: jonasSpans() }], 'jonas')));
  return { dataDir, jonasFile };
}

/** Opens my version and imports Jonas's file as a colleague's through review's import button. */
async function startImport(page: Page): Promise<void> {
  await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
  await expect(page.getByTestId('document-title')).toHaveText(TITLE);
  await expect(page.getByTestId('editor')).toContainText('Vorbemerkung der Redaktion.');
  await page.getByTestId('review-toggle').click();
  await page.getByTestId('review-panel').getByRole('button', { name: "Import colleague's tags…" }).click();
  await page.getByTestId('import-purpose').getByRole('button', { name: 'Choose file…' }).click();
}

/** Whether the progress panel's box overlaps the footer's (the status line with its character count). */
async function overlapsFooter(page: Page): Promise<boolean> {
  const panel = await page.getByTestId('reanchor-progress').boundingBox();
  const footer = await page.getByRole('contentinfo').boundingBox();
  if (!panel || !footer) throw new Error('panel or footer not laid out');
  return panel.y + panel.height > footer.y && panel.y < footer.y + footer.height;
}

/** The progress bar's value as a number. */
const valueOf = async (page: Page) => Number(await page.getByRole('progressbar', { name: /Re-anchoring jonas’s tags/ }).getAttribute('value'));

test('re-anchoring a colleague’s long set shows moving progress, the text stays usable meanwhile, and the migration counts are right', async ({}, testInfo) => {
  test.setTimeout(180_000);
  const { dataDir, jonasFile } = await setUp();
  const app = await launchApp({ dataDir, dialogs: { open: () => [jonasFile] } });
  try {
    const { page } = app;
    await startImport(page);

    // The modal import dialog gives way to a progress panel: a named bar and a polite live sentence.
    const bar = page.getByRole('progressbar', { name: /Re-anchoring jonas’s tags/ });
    await expect(bar).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    const status = page.getByTestId('reanchor-progress').locator('[aria-live="polite"]');
    await expect(status).toHaveText(/^Re-anchoring jonas’s tags: [\d,]+ of 2,000$/);
    await expect(bar).toHaveAttribute('max', String(SPANS));
    // The panel stands above the footer: the status line and its character count stay readable.
    await expect.poll(() => overlapsFooter(page)).toBe(false);
    await page.screenshot({ path: testInfo.outputPath('reanchor-progress.png') });

    // Meanwhile I tag a word with the mouse and a label key: it takes effect at once.
    const from = MINE.indexOf('Redaktion');
    const [first, last] = await charBoxes(page, [from, from + 'Redaktion'.length - 1]);
    if (!first || !last) throw new Error('no boxes');
    await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Redaktion');
    await page.keyboard.press('1');
    // (Review has the right pane: the tag shows in the text, the footer and the documents list.)
    await expect(page.getByTestId('editor').locator('[data-label="claim"]')).toHaveText('Redaktion');
    await expect(page.getByRole('contentinfo')).toContainText('Tagged “Redaktion” as Claim.');
    // ... while the re-anchoring is still running, and its count moves on.
    await expect(bar).toBeVisible();
    const seen = await valueOf(page);
    expect(seen).toBeLessThan(SPANS);
    await expect.poll(() => valueOf(page), { timeout: 60_000 }).toBeGreaterThan(seen);

    // At the end: the migration dialog with every row, counted as the re-anchoring places them.
    const dialog = page.getByTestId('migration-dialog');
    await expect(dialog).toBeVisible({ timeout: 90_000 });
    await expect(page.getByTestId('reanchor-progress')).toHaveCount(0);
    const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    for (const r of reanchorAnnotations(jonasSpans(), MINE, { oldText: THEIRS })) counts[r.status] += 1;
    expect(counts.moved).toBeGreaterThan(0);
    expect(counts.fuzzy).toBeGreaterThan(0);
    await expect(dialog.getByTestId('migration-counts')).toHaveText(`${counts.exact} exact · ${counts.moved} moved · ${counts.fuzzy} fuzzy · ${counts.orphaned} without a place`);
    await expect(dialog.getByTestId('migration-row')).toHaveCount(SPANS);

    // My tag made during the re-anchoring is saved.
    await waitForSaved(page);
    const stored = (await readStoredSet(dataDir, documentIdOf(MINE))).annotations.map(({ text, label }) => ({ text, label }));
    expect(stored).toEqual([{ text: 'Redaktion', label: 'claim' }]);
  } finally {
    await app.close();
  }
});

test('cancelling the re-anchoring ends the import with nothing stored, and Import… is free again', async () => {
  test.setTimeout(120_000);
  const { dataDir, jonasFile } = await setUp();
  const app = await launchApp({ dataDir, dialogs: { open: () => [jonasFile] } });
  try {
    const { page } = app;
    await startImport(page);
    const panel = page.getByTestId('reanchor-progress');
    await expect(panel.getByRole('progressbar', { name: /Re-anchoring jonas’s tags/ })).toBeVisible({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Cancel import' }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByTestId('migration-dialog')).toHaveCount(0);
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    // The import is over (main is no longer busy): Import… asks its first question again.
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByTestId('import-purpose')).toBeVisible();
    const { sets } = await createDocumentStore({ dataDir }, { readOnly: true }).listColleagueSets(documentIdOf(MINE));
    expect(sets).toEqual([]);
    const { documents } = await createDocumentStore({ dataDir }, { readOnly: true }).listDocuments();
    // Jonas's version was not added as a document of its own either.
    expect(documents.filter((d) => d.title === TITLE).map((d) => d.id)).toEqual([documentIdOf(MINE)]);
  } finally {
    await app.close();
  }
});
