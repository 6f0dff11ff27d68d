import { expect, test } from '@playwright/test';
import { KEYMAP } from '../../renderer/features/shortcuts/keymap';
import { launchApp } from './app';
import { tagOverlapping } from './support/tagOverlapping';
import { severeViolations } from './support/severeViolations';

// The shortcut overlay (? and F1) lists every shortcut of the keymap in the UI language, and the
// workbench with overlapping tags and the overlay pass axe, in English and in German.

const LANGUAGES = [
  { locale: 'en-US', heading: 'Keyboard shortcuts', undo: ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y'], deleteAction: 'delete the selected tag, or the tag a text selection covers exactly' },
  { locale: 'de-DE', heading: 'Tastenkürzel', undo: ['Strg+Z', 'Strg+Umschalt+Z', 'Strg+Y'], deleteAction: 'die gewählte Markierung löschen oder die, die eine Textauswahl genau abdeckt' },
];

for (const language of LANGUAGES) {
  test(`${language.locale}: ? and F1 show every shortcut; workbench with overlapping tags and the overlay pass axe`, async () => {
    const app = await launchApp({ locale: language.locale });
    const { page } = app;
    try {
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      // Overlapping tags: an actor inside a claim.
      await tagOverlapping(page);
      expect(await severeViolations(page)).toEqual([]);

      await page.getByTestId('editor').click();
      await page.keyboard.press('?');
      const overlay = page.getByTestId('shortcut-overlay');
      await expect(overlay.getByRole('heading')).toHaveText(language.heading);
      await expect(overlay.locator('tbody tr')).toHaveCount(KEYMAP.length);
      await expect(overlay.locator('[data-shortcut="undo"] kbd')).toHaveText(language.undo);
      await expect(overlay.locator('[data-shortcut="delete"] td').nth(2)).toHaveText(language.deleteAction);
      expect(await severeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(overlay).toHaveCount(0);

      // At 1024×700 every column stays inside the dialog: nothing is cut off at the right.
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.keyboard.press('F1');
      await expect(overlay).toBeVisible();
      // It opens at its top, focus on the table's scroll region (not on Close at its end); the
      // keyboard scrolls the table while the heading and Close stay in view.
      const table = overlay.getByTestId('shortcut-scroll');
      await expect(table).toBeFocused();
      expect(await table.evaluate((el) => el.scrollTop)).toBe(0);
      await expect(overlay.getByRole('heading')).toBeInViewport();
      await expect(overlay.locator('tbody tr').first()).toBeInViewport();
      await expect(overlay.getByRole('button')).toBeInViewport();
      expect(await table.evaluate((el) => el.scrollHeight > el.clientHeight), 'the table scrolls at 700 px').toBe(true);
      await page.keyboard.press('PageDown');
      await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await expect(overlay.getByRole('heading')).toBeInViewport();
      await expect(overlay.getByRole('button')).toBeInViewport();
      const fits = await overlay.evaluate((dialog) => {
        const box = dialog.getBoundingClientRect();
        return [...dialog.querySelectorAll('td')].every((cell) => cell.getBoundingClientRect().right <= box.right + 0.5);
      });
      expect(fits, 'every cell inside the dialog at 1024 px').toBe(true);
      await overlay.getByRole('button').click();
      await expect(overlay).toHaveCount(0);

      // In the search field ? is a character, not a command.
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Wer?');
      await expect(overlay).toHaveCount(0);
      await expect(page.getByRole('searchbox')).toHaveValue('Wer?');
    } finally {
      await app.close();
    }
  });
}
