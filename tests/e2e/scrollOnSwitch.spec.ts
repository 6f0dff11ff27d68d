import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './app';

// qa-bugs.md #1: a scroll followed within 600 ms by a switch to another document was forgotten (the debounced save was cancelled).

test('a document left right after scrolling keeps its scroll position when the analyst comes back', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tagwerk-scroll-')), 'kurz.txt');
  writeFileSync(file, 'Kurze Meldung aus Köln.\n');
  const app = await launchApp({ dialogs: { open: () => [file] } });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 520 });
    const pane = page.locator('.document-pane');
    const documents = page.getByTestId('corpus-list').getByRole('option');
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByTestId('editor')).toContainText('Kurze Meldung');
    await documents.filter({ hasText: 'Die Demokratische' }).click();
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');

    const box = await pane.boundingBox();
    if (!box) throw new Error('no document pane');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 500);
    await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
    // Wait until the wheel has come to rest (two reads a frame apart agree), then switch right away.
    await expect.poll(() => pane.evaluate((el) => new Promise<boolean>((done) => { const top = el.scrollTop; requestAnimationFrame(() => requestAnimationFrame(() => done(el.scrollTop === top))); }))).toBe(true);
    const scrolled = await pane.evaluate((el) => Math.round(el.scrollTop));
    await documents.filter({ hasText: 'Kurze Meldung' }).click();
    await expect(page.getByTestId('editor')).toContainText('Kurze Meldung');
    await documents.filter({ hasText: 'Die Demokratische' }).click();
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await expect.poll(() => pane.evaluate((el) => Math.round(el.scrollTop))).toBe(scrolled);
  } finally {
    await app.close();
  }
});
