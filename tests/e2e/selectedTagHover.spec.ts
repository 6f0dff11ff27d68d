import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { importedText } from './support/importedText';
import { storedTag } from './support/storedTag';
import { wordPoint } from './support/wordPoint';

// A tag under the mouse is tinted (the hover filter) unless it is the selected tag, which its outline
// marks already: a word double-clicked and tagged by key stays selected under the resting mouse, and
// its frame must not restyle it again for the hover.

const TITLE = 'Schwebe';
const TEXT = 'Der 😀 Bericht: Jörg Mu\u0308ller sagt, Köln sei bereit. Anna kommt morgen.\nZweiter Absatz mit Wladimir Putin.';

/** The tag element under the mouse (the innermost hovered one): its id, whether it is selected, and its filter. */
const hoveredTag = (page: Page) =>
  page.evaluate(() => {
    const tag = [...document.querySelectorAll('[data-testid="editor"] [data-ann]:hover')].at(-1);
    return tag ? { id: tag.getAttribute('data-ann'), selected: tag.classList.contains('ann-selected'), tinted: getComputedStyle(tag).filter !== 'none' } : null;
  });

test('the tag just made under the resting mouse is selected and not hover-tinted; an unselected tag under the mouse is', async () => {
  const app = await launchApp({ dataDir: await importedText(TITLE, TEXT, [storedTag(TEXT, 't-mueller', 'Mu\u0308ller', 'actor')]), annotator: 'tester' });
  try {
    const { page } = app;
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
    await expect(page.getByTestId('document-title')).toHaveText(TITLE);
    await expect(page.getByTestId('editor').locator('[data-ann]')).toHaveCount(1);

    // A stored tag under the mouse, not selected: tinted.
    const mueller = await wordPoint(page, 'Mu\u0308ller'.normalize('NFC'));
    await page.mouse.move(mueller.x, mueller.y);
    await expect.poll(() => hoveredTag(page)).toEqual({ id: 't-mueller', selected: false, tinted: true });

    // Double-click "bereit", tag it by key; the mouse rests on it: the new tag is selected, not tinted.
    const bereit = await wordPoint(page, 'bereit');
    await page.mouse.dblclick(bereit.x, bereit.y);
    await page.keyboard.press('1');
    await expect(page.getByTestId('editor').locator('[data-ann]')).toHaveCount(2);
    await expect.poll(() => hoveredTag(page)).toMatchObject({ selected: true, tinted: false });
    const made = (await hoveredTag(page))?.id;
    expect(made).not.toBe('t-mueller');

    // Escape leaves the tag unselected under the mouse: the hover tint is back.
    await page.keyboard.press('Escape');
    await expect.poll(() => hoveredTag(page)).toEqual({ id: made, selected: false, tinted: true });
  } finally {
    await app.close();
  }
});
