import { expect, type Page } from '@playwright/test';
import { ARTICLE, ARTICLE_ID } from './support/editorText';
import { test } from './support/workbenchTest';
import { spanOf, storedSpans } from './support/textDrag';

// Search as an analyst walks it at 1024 px: Enter and Shift+Enter through the hits (wrapping),
// palette buttons tagging the current hit while the bar stays open, Alt+↑/↓ through the tags, the
// list's Home/End/Enter, and Ctrl+S.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const status = (page: Page) => page.getByTestId('status-message');
const details = (page: Page) => page.getByTestId('annotation-details');
const count = (page: Page) => page.getByTestId('search-count');

test('search hits by Enter and Shift+Enter, palette buttons tag the current hit with the bar open, Alt+↑/↓ and the list keys select, Ctrl+S saves', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const hits = ARTICLE.split('Russland').length - 1;
  expect(hits).toBe(6);

  await page.keyboard.press('Control+f');
  await page.keyboard.type('russland');
  await expect(count(page)).toHaveText('1 of 6');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('2 of 6');
  await page.keyboard.press('Shift+Enter');
  await expect(count(page)).toHaveText('1 of 6');
  // Before the first hit comes the last.
  await page.keyboard.press('Shift+Enter');
  await expect(count(page)).toHaveText('6 of 6');

  // A palette button tags the current (last) hit; the bar stays open, its field keeps the focus.
  await page.getByRole('button', { name: 'Actor (key 4)' }).click();
  await expect(status(page)).toHaveText('Tagged “Russland” as Actor.');
  await expect(page.getByRole('searchbox')).toBeFocused();
  // After the last hit comes the first again; tag it with another label.
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('1 of 6');
  await page.getByRole('button', { name: 'Date (key 3)' }).click();
  await expect(status(page)).toHaveText('Tagged “Russland” as Date.');
  await expect(items(page)).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox')).toHaveCount(0);

  // Alt+↑ / Alt+↓ walk the tags in text order (the date at the start, the actor at the end).
  await page.keyboard.press('Alt+ArrowUp');
  await expect(details(page)).toContainText('code points 49–57');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(details(page)).toContainText(`code points ${spanOf(ARTICLE, 'Russland', '', 5)[1]}–`);

  // In the list: Home goes to the first row, Enter selects it.
  await items(page).last().click();
  await expect(items(page).last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details(page)).toContainText('code points 49–57');
  await page.keyboard.press('End');
  await expect(items(page).last()).toBeFocused();
  await expect(details(page)).toContainText('code points 49–57');

  await page.keyboard.press('Control+s');
  expect(await storedSpans(page, app.dataDir, ARTICLE_ID)).toEqual([spanOf(ARTICLE, 'Russland', 'date', 0), spanOf(ARTICLE, 'Russland', 'actor', 5)]);
});
