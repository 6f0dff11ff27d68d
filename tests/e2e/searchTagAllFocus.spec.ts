import { expect, test } from '@playwright/test';
import { launchApp } from './app';

// "Tag all hits" clicked with the mouse disables itself once every hit is tagged; focus must stay
// in the search bar (in its field, as a browser's find bar keeps it), so the next Escape closes the
// bar as the key table says, instead of focus falling to the page and Escape deselecting a tag.
// Pressed from the keyboard (Tab to the button, Enter) it sends focus back to the field the same way.

for (const locale of ['en', 'de-DE'] as const) {
  test(`${locale}: after a mouse click on "tag all", focus stays in the bar and Escape closes it`, async () => {
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Russland');
      const tagAll = page.getByTestId('search-tag-all');
      await expect(tagAll).toContainText('6');
      const box = await tagAll.boundingBox();
      if (!box) throw new Error('no tag-all button');
      // The press itself never takes focus from the field (a focus change in the click would restyle the page before the tags are drawn).
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await expect(page.locator('.search-bar input[type="search"]')).toBeFocused();
      await page.mouse.up();
      await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(6);
      await expect(tagAll).toBeDisabled();
      await expect(page.locator('.search-bar input[type="search"]')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.locator('.search-bar')).toHaveCount(0);
      // Escape left the current hit selected, so the next label key retags exactly it.
      await page.keyboard.press('4');
      await expect(page.getByTestId('annotation-list').locator('[data-label="actor"]')).toHaveCount(1);
    } finally {
      await app.close();
    }
  });
}

test('keyboard: Tab to "tag all", Enter tags every hit and puts focus back in the field', async () => {
  const app = await launchApp({ locale: 'en' });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Russland');
    const tagAll = page.getByTestId('search-tag-all');
    await expect(tagAll).toContainText('6');
    for (let i = 0; i < 8 && !(await tagAll.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(tagAll).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(6);
    await expect(page.locator('.search-bar input[type="search"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-bar')).toHaveCount(0);
  } finally {
    await app.close();
  }
});
