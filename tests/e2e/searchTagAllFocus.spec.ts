import { expect, test } from '@playwright/test';
import { launchApp } from './app';

// "Tag all hits" clicked with the mouse disables itself once every hit is tagged; focus must stay
// in the search bar (in its field, as a browser's find bar keeps it), so the next Escape closes the
// bar as the key table says, instead of focus falling to the page and Escape deselecting a tag.

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
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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
