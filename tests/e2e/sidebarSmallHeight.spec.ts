import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { documentPaths } from '../../electron/node/store/documentPaths';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp } from './app';
import { severeViolations } from './support/severeViolations';

// The Documents section in a short window (1024 × 700, German and English): a damaged card shows
// its whole title with Restore under it and the start of its reason, and the list shows about
// three whole rows above the row actions; the left column scrolls to the labels below.

const TEXT = 'Angela Merkel sprach am Montag in Berlin.\nDer Bericht nennt Jörg Müller 😀 als Quelle.';
const TITLE = 'Mu\u0308ller 😀 Bericht';

/** A data folder with a document whose meta.json is garbage (restorable) and four healthy ones. */
async function corpusWithDamage(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-e2e-short-'));
  const store = createDocumentStore({ dataDir });
  await store.init();
  await store.putDocument({ text: TEXT, title: TITLE, source: 'bericht.txt', encoding: 'utf-8' });
  for (let i = 0; i < 4; i += 1) await store.putDocument({ text: `Meldung ${i}: Der Landtag tagt.`, title: `Meldung ${i}`, source: `m${i}.txt`, encoding: 'utf-8' });
  await store.flush();
  await writeFile(documentPaths(dataDir, documentIdOf(TEXT)).meta, '\u0000garbage{');
  return dataDir;
}

/** The part of `inner`'s height that shows inside `outer` on screen. */
async function shownHeight(inner: Locator, outer: Locator): Promise<number> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return 0;
  return Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
}

/** How many rows of the document list show whole inside its scroll box. */
async function wholeRows(page: Page): Promise<number> {
  const body = page.locator('.corpus-body');
  let whole = 0;
  for (const row of await page.getByTestId('corpus-list').getByRole('option').all()) {
    const box = await row.boundingBox();
    if (box && (await shownHeight(row, body)) >= box.height - 1) whole += 1;
  }
  return whole;
}

for (const [locale, restore, reasonStart] of [
  ['de-DE', 'Wiederherstellen', 'Seine Beschreibungsdatei (meta.json) ist beschädigt'],
  ['en-US', 'Restore', 'Its description file (meta.json) is damaged'],
] as const) {
  test(`${locale} at 1024 × 700: the damaged card shows its whole title, Restore and its reason's start; three whole rows above the row actions`, async () => {
    const app = await launchApp({ dataDir: await corpusWithDamage(), locale });
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      const section = page.getByTestId('corpus-damaged');
      const card = section.getByRole('listitem').first();
      const title = card.locator('.corpus-item-title');
      await expect(title).toHaveText(TITLE);
      // The whole title: nothing cut by the ellipsis.
      expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      const button = card.getByRole('button');
      await expect(button).toHaveText(restore);
      const buttonBox = await button.boundingBox();
      expect(await shownHeight(button, section)).toBeGreaterThanOrEqual((buttonBox?.height ?? 99) - 1);
      // At least two lines of the reason show without scrolling the section.
      const reason = card.locator('.corpus-damaged-reason');
      await expect(reason).toContainText(reasonStart);
      const lineHeight = await reason.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect(await shownHeight(reason, section)).toBeGreaterThanOrEqual(2 * lineHeight);
      // Three whole document rows above the row actions.
      await expect.poll(() => wholeRows(page)).toBeGreaterThanOrEqual(3);
      const actions = await page.locator('.corpus-toolbar').boundingBox();
      const body = await page.locator('.corpus-body').boundingBox();
      expect(actions && body && actions.y >= body.y + body.height - 1).toBe(true);
      // The labels are below, reached by scrolling the left column.
      const palette = page.locator('.left-column > .palette');
      await palette.scrollIntoViewIfNeeded();
      await expect(palette.locator('.label-button').first()).toBeInViewport();
      expect(await severeViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });
}
