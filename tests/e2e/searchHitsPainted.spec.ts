import { expect, test } from '@playwright/test';
import { launchApp } from './app';
import { importedText } from './support/importedText';
import { paintedHits } from './support/paintedHits';

// Search hits are painted as CSS highlights over the text's own nodes, not as elements in it. A
// tag redraws its paragraph (new text nodes): the hits there must be painted again on the new
// nodes, each still exactly the query's text, the current one where Enter moved it.

const TITLE = 'Müller-Meldung';
/** "müller" six times, an emoji before the first; the NFD "Mu\u0308ller" is made NFC on import, so it is a hit too. */
const TEXT = ['😀 Müller sagte am Montag, die Firma Müller wächst.', 'Der Mu\u0308ller (NFD) sagte nichts.', 'In Köln sagte Müller: „Wir bleiben.“', '📰 Müller und müller.'].join('\n');

/** The painted hits as "text@paragraph", the current one starred. */
const painted = async (page: Parameters<typeof paintedHits>[0]) => (await paintedHits(page)).map((h) => `${h.text}${h.current ? '*' : ''}@${h.paragraph}`);

test('search hits stay painted on the query\'s text while tags redraw their paragraphs: a palette tag, Enter, tag all by mouse, Escape', async () => {
  const app = await launchApp({ dataDir: await importedText(TITLE, TEXT) });
  try {
    const { page } = app;
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
    await expect(page.getByTestId('document-title')).toHaveText(TITLE);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('müller');
    await expect(page.getByTestId('search-count')).toHaveText('1 of 6');
    const all = ['Müller*@0', 'Müller@0', 'Müller@1', 'Müller@2', 'Müller@3', 'müller@3'];
    await expect.poll(() => painted(page)).toEqual(all);

    // A palette button tags the current hit: its paragraph is redrawn, its hits painted again on the new nodes.
    await page.getByRole('button', { name: 'Actor (key 4)' }).click();
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(1);
    await expect.poll(() => painted(page)).toEqual(all);

    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('search-count')).toHaveText('2 of 6');
    await expect.poll(() => painted(page)).toEqual(['Müller@0', 'Müller*@0', 'Müller@1', 'Müller@2', 'Müller@3', 'müller@3']);

    // Tag all by mouse (as Claim): six more tags in four paragraphs (the actor gets a claim too), every hit still painted on its text.
    const tagAll = await page.getByTestId('search-tag-all').boundingBox();
    if (!tagAll) throw new Error('no tag-all button');
    await page.mouse.click(tagAll.x + tagAll.width / 2, tagAll.y + tagAll.height / 2);
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(7);
    await expect.poll(() => painted(page)).toEqual(['Müller@0', 'Müller*@0', 'Müller@1', 'Müller@2', 'Müller@3', 'müller@3']);

    // Escape closes the bar: nothing stays painted.
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-bar')).toHaveCount(0);
    await expect.poll(() => painted(page)).toEqual([]);
  } finally {
    await app.close();
  }
});
