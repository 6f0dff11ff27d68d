import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchApp } from './app';
import { dragOver } from './support/mouseDrag';

// The workbench at 1024×700, in English and German: the text keeps a readable column, the side
// panels collapse from the header, the left column scrolls, messages float as dismissible toasts
// that never push the document list off screen, and the search bar stays one row above the
// "filtered" line.

const SIZE = { width: 1024, height: 700 };

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/** Whether the element's box lies entirely inside the viewport. */
async function onScreen(page: Page, locator: Locator) {
  const b = await box(locator);
  const v = page.viewportSize() ?? SIZE;
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;
}

for (const { locale, open, filtered } of [
  { locale: 'en-US', open: 'Open…', filtered: /filtered/i },
  { locale: 'de-DE', open: 'Öffnen…', filtered: /gefiltert/i },
]) {
  test(`${locale}: at 1024×700 the text column, panels, toasts and search bar hold`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-layout-'));
    const refused = ['Bericht.pdf', 'Tabelle.xlsx', 'Bild.png'].map((name) => (writeFileSync(path.join(dir, name), 'x'), path.join(dir, name)));
    const app = await launchApp({ locale, dialogs: { open: () => refused } });
    const { page } = app;
    try {
      await page.setViewportSize(SIZE);
      const editor = page.getByTestId('editor');
      await expect(editor).toContainText('Wladimir Putin');
      await dragOver(page, 'Wladimir Putin');
      await page.keyboard.press('4');

      // Everything of the three columns is there, and the text column is not squeezed.
      const list = page.getByTestId('corpus-list');
      for (const part of [list, page.getByTestId('annotation-list'), page.getByTestId('save-status')]) expect(await onScreen(page, part)).toBe(true);
      const text = await box(editor);
      expect(text.x).toBeGreaterThanOrEqual(0);
      expect(text.x + text.width).toBeLessThanOrEqual(SIZE.width);
      const narrow = text.width;
      expect(narrow).toBeGreaterThanOrEqual(460);

      // Three refused files: the messages float as toasts; the document list stays where it was.
      const listBefore = await box(list);
      await page.getByRole('button', { name: open, exact: true }).click();
      const messages = page.getByTestId('corpus-messages');
      await expect(messages.locator('.corpus-message')).toHaveCount(3);
      expect(await box(list)).toEqual(listBefore);
      expect(await onScreen(page, list)).toBe(true);
      expect(await onScreen(page, messages)).toBe(true);
      // Dismissible, one by one.
      await messages.getByRole('button').first().click();
      await expect(messages.locator('.corpus-message')).toHaveCount(2);

      // The left column scrolls to its last control.
      const shortcuts = page.locator('.shortcuts-button');
      await shortcuts.scrollIntoViewIfNeeded();
      expect(await onScreen(page, shortcuts)).toBe(true);

      // A label hidden by its filter, then search: the bar is one row, above the "filtered" line, both visible.
      await page.getByTestId('filter-actor').click();
      const filterLine = page.getByTestId('text-filter');
      await expect(filterLine).toContainText(filtered);
      await editor.click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Russland');
      await expect(page.getByTestId('search-count')).not.toHaveText('');
      const bar = page.getByRole('search');
      const barBox = await box(bar);
      const input = await box(page.getByRole('searchbox'));
      // One row in English; German's longer "Alle 6 Treffer markieren" takes the tag-all controls to a second row rather than squeeze the field (searchBarFits checks the rest).
      expect(barBox.height, 'the bar is hardly taller than its rows of fields').toBeLessThan(input.height * (locale === 'de-DE' ? 3 : 2));
      const lineBox = await box(filterLine);
      expect(lineBox.y, 'the filtered line is below the bar, not under it').toBeGreaterThanOrEqual(barBox.y + barBox.height - 0.5);
      expect(await onScreen(page, bar)).toBe(true);
      expect(await onScreen(page, filterLine)).toBe(true);
      await page.keyboard.press('Escape');

      // Both side panels collapse from the header, and the text takes the room.
      const right = page.getByTestId('panel-toggle-right');
      const left = page.getByTestId('panel-toggle-left');
      await right.click();
      await expect(right).toHaveAttribute('aria-expanded', 'false');
      const panel = page.locator('#annotation-panel');
      await expect(panel).toBeHidden();
      await left.click();
      await expect(list).toBeHidden();
      await expect.poll(async () => (await box(editor)).width).toBeGreaterThan(narrow + 150);
      await left.click();
      await right.click();
      await expect(list).toBeVisible();
      await expect(panel).toBeVisible();
      expect(await onScreen(page, panel)).toBe(true);
      await expect(right).toHaveAttribute('aria-expanded', 'true');
    } finally {
      await app.close();
    }
  });
}
