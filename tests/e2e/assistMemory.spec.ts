import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp, type LaunchedApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import { drawnSuggestions } from './support/paintedSuggestions';
import { expect, test } from './support/workbenchTest';

/** A second German text: a quote with its speaker named after it, one continuing it, and "Russland" twice. */
const BERICHT = 'Russland kritisierte das Abkommen am Mittwoch 😠.\n„Wir halten an dem Abkommen fest“, sagte Ministerin Anna Krüger in Berlin. „Das bleibt so, auch gegen Russland.“';
const BERICHT_ID = documentIdOf(BERICHT);

/** Writes the text to a file the scripted Open… dialog picks. */
function berichtFile(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tagwerk-assist-')), 'bericht.txt');
  writeFileSync(file, BERICHT);
  return file;
}

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
/** The texts of the suggestions painted now (of one label). */
const drawn = async (page: Page, label?: string) => (await drawnSuggestions(page, label)).map((s) => s.text);
const arcs = (page: Page) => page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc');
const status = (page: Page) => page.getByTestId('status-message');

/** S opens the review; waits until the rule suggestions are drawn and the learned strings merged in. */
async function openReview(page: Page): Promise<void> {
  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-panel')).toHaveAttribute('data-learned', 'true');
  await expect(page.getByTestId('suggestion-status')).toHaveText(/\d+ suggestions? to decide/);
}

/**
 * J until the panel names a current suggestion of `label` (and `text`, when given); each step waits
 * for the panel to name another one (a suggestion drawn over a nested one is several elements, so
 * the panel, not the marks, says which is current).
 */
async function moveTo(page: Page, label: string, text?: string): Promise<void> {
  const named = page.getByTestId('suggestion-current');
  const wanted = `Current: ${label} “${text ?? ''}`;
  for (let step = 0; step < 12; step++) {
    const now = (await named.count()) === 1 ? ((await named.textContent()) ?? '') : '';
    if (now.startsWith(wanted)) return;
    await page.keyboard.press('j');
    await expect(named).not.toHaveText(now);
  }
  throw new Error(`no ${label} suggestion reached with J`);
}

async function openBericht(app: LaunchedApp): Promise<void> {
  await app.page.getByRole('button', { name: 'Open…' }).click();
  await expect(app.page.getByTestId('editor')).toContainText('Ministerin Anna Krüger');
  await app.page.getByTestId('editor').focus();
}

/**
 * In the article, "Russland" dragged and tagged as my claim (saved); then the Bericht opened and
 * reviewed with S, standing on the learned "Russland" claim suggestion, ready for X.
 */
async function learnRussland(app: LaunchedApp): Promise<void> {
  const { page } = app;
  await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
  await dragOver(page, 'Russland');
  await page.keyboard.press('1');
  await expect(items(page)).toHaveCount(1);
  await waitForSaved(page);
  await openBericht(app);
  await openReview(page);
  await expect.poll(() => drawn(page, 'claim')).toEqual(['Russland', 'Russland']);
  await moveTo(page, 'Claim', 'Russland');
}

test('A on a suggested quote also makes its speaker and the Source relation (an arc), one Ctrl+Z takes all back; Shift+A on quotes keeps their relations', async () => {
  const app = await launchApp({ dialogs: { open: () => [berichtFile()] } });
  try {
    const { page } = app;
    await openBericht(app);
    await openReview(page);
    await moveTo(page, 'Quote', 'Wir halten an dem Abkommen fest');
    // The panel sets the quote in its own marks once, not „„…“” around the suggestion's marks.
    await expect(page.getByTestId('suggestion-current')).toHaveText('Current: Quote “Wir halten an dem Abkommen fest”');
    await page.keyboard.press('a');
    await expect(items(page)).toHaveCount(2);
    await expect(status(page)).toContainText('with its speaker “Anna Krüger” and the Source relation');
    await expect(arcs(page)).toHaveCount(1);
    await expect(arcs(page).first()).toHaveAttribute('aria-label', /^Source: /);
    await expect.poll(async () => (await drawn(page, 'actor')).length).toBe(0);

    await page.keyboard.press('Control+z');
    await expect(items(page)).toHaveCount(0);
    await expect(arcs(page)).toHaveCount(0);
    await expect.poll(async () => (await drawn(page, 'quote')).length).toBe(2);
    await expect.poll(async () => (await drawn(page, 'actor')).length).toBe(1);

    await moveTo(page, 'Quote');
    await page.keyboard.press('Shift+A');
    await expect(items(page)).toHaveCount(3);
    await expect(arcs(page)).toHaveCount(2);
    await waitForSaved(page);
    const stored = await readStoredSet(app.dataDir, BERICHT_ID);
    const speaker = stored.annotations.find((a) => a.label === 'actor');
    expect(speaker).toMatchObject({ text: 'Anna Krüger', origin: 'assist' });
    expect(stored.relations?.map((r) => [r.type, r.to])).toEqual([['source', speaker?.id], ['source', speaker?.id]]);
  } finally {
    await app.close();
  }
});

test('a string I tagged in one document is suggested with my label in another; X rejects it everywhere, Ctrl+Z takes that back, and the rejection holds after a relaunch', async () => {
  const file = berichtFile();
  const first = await launchApp({ dialogs: { open: () => [file] } });
  const { dataDir } = first;
  try {
    const { page } = first;
    await learnRussland(first);
    await page.keyboard.press('x');
    await expect(status(page)).toContainText('Rejected “Russland”');
    await expect.poll(async () => (await drawn(page, 'claim')).length).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await drawn(page, 'claim')).length).toBe(2);
    await moveTo(page, 'Claim', 'Russland');
    await page.keyboard.press('x');
    await expect.poll(async () => (await drawn(page, 'claim')).length).toBe(0);
  } finally {
    await first.close();
  }

  const second = await launchApp({ dataDir });
  try {
    const { page } = second;
    await expect(page.getByTestId('editor')).toContainText('Ministerin Anna Krüger');
    await page.getByTestId('editor').focus();
    await openReview(page);
    await expect.poll(async () => (await drawn(page, 'quote')).length).toBe(2);
    await expect.poll(async () => (await drawn(page, 'claim')).length).toBe(0);
    // In the article, where "Russland" is my claim, its other occurrences are not suggested either.
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: 'Demokratische Volksrepublik' }).click();
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByTestId('editor').focus();
    await openReview(page);
    await expect.poll(async () => (await drawn(page, 'actor')).length).toBeGreaterThan(0);
    await expect.poll(async () => (await drawn(page, 'claim')).length).toBe(0);
  } finally {
    await second.close();
  }
});

test('a damaged rejections file: the window names it and where it was kept, says earlier rejections come back (German, "Sie"), and the rejected string is suggested again', async () => {
  const file = berichtFile();
  const first = await launchApp({ dialogs: { open: () => [file] } });
  const { dataDir } = first;
  try {
    const { page } = first;
    await learnRussland(first);
    await page.keyboard.press('x');
    await expect.poll(async () => (await drawn(page, 'claim')).length).toBe(0);
    await expect(page.getByTestId('rejections-kept-aside')).toHaveCount(0);
  } finally {
    await first.close();
  }
  // Damage the stored rejections the way a crash or an editor might: cut the JSON short.
  const assistDir = path.join(dataDir, 'assist');
  const [rejections] = readdirSync(assistDir).filter((f) => /^rejected-[0-9a-f]{64}\.json$/u.test(f));
  expect(rejections).toBeDefined();
  const damaged = readFileSync(path.join(assistDir, rejections as string), 'utf8').slice(0, 40);
  writeFileSync(path.join(assistDir, rejections as string), damaged);

  const german = await launchApp({ dataDir, locale: 'de-DE' });
  try {
    const { page } = german;
    await expect(page.getByTestId('editor')).toContainText('Ministerin Anna Krüger');
    await page.getByTestId('editor').focus();
    await page.keyboard.press('s');
    const notice = page.getByTestId('rejections-kept-aside');
    await expect(notice).toContainText('Ihre früheren Ablehnungen konnten nicht gelesen werden');
    await expect(notice).toContainText(rejections as string);
    await expect(notice).toContainText('beiseitegelegt');
    await expect(notice).toContainText('wieder vorgeschlagen');
    // The damaged copy is kept byte for byte under the name the window shows; nothing else in the folder.
    const kept = readdirSync(assistDir).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(assistDir, kept[0] as string), 'utf8')).toBe(damaged);
    await expect(notice).toContainText(kept[0] as string);
    // What it means: the string rejected before is suggested again.
    await expect.poll(() => drawn(page, 'claim')).toEqual(['Russland', 'Russland']);
    await notice.getByRole('button', { name: 'Verstanden' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await german.close();
  }
});
