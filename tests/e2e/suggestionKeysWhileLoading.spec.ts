import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';

// qa-bugs.md (session 7), owner `assist`: keys pressed right after S, before the suggestions are
// drawn, are lost — S J A A X at once accepts nothing (or rejects the first suggestion instead).

const status = (page: Page) => page.getByTestId('status-message');

test('de-DE: S J A A X back to back accepts the first two suggestions and rejects the third, as when typed slowly', async () => {
  const app = await launchApp({ locale: 'de-DE' });
  const { page } = app;
  try {
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByTestId('editor').focus();
    for (const key of ['s', 'j', 'a', 'a', 'x']) await page.keyboard.press(key);
    await expect(status(page)).toContainText('abgelehnt; dieser Text wird nicht mehr vorgeschlagen.');
    await waitForSaved(page);
    const accepted = (await readStoredSet(app.dataDir)).annotations.filter((a) => a.origin === 'assist').map((a) => a.text);
    expect(accepted).toEqual(['DVRK', 'Koreanische Zentrale Nachrichtenagentur (KCNA)']);
  } finally {
    await app.close();
  }
});
