import type { Page } from '@playwright/test';
import { launchApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import { drawnSuggestions } from './support/paintedSuggestions';
import { severeViolations } from './support/severeViolations';
import { expect, test } from './support/workbenchTest';

// One keymap: Escape leaves whichever mode is shown — the note being edited (unsaved), relation
// picking (no relation), the suggestion review (nothing accepted) — and with no mode shown it
// deselects the tag, as the `?` overlay and the README table say.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const banner = (page: Page) => page.getByTestId('relation-banner');
const panel = (page: Page) => page.getByTestId('suggestion-panel');
/** How many suggestions are painted now. */
const drawnCount = async (page: Page) => (await drawnSuggestions(page)).length;
const selected = (page: Page) => items(page).and(page.locator('[aria-selected="true"]'));

/** Drags over the quote and its speaker with the mouse and tags them 2 and 4; the quote is left selected. */
async function tagQuoteAndSpeaker(page: Page): Promise<void> {
  await dragOver(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(1);
  await dragOver(page, 'Dieses Abkommen folgt einem Treffen');
  await page.keyboard.press('2');
  await expect(items(page)).toHaveCount(2);
  await expect(selected(page)).toContainText('Dieses Abkommen folgt');
}

test('Escape leaves note editing, relation picking and suggestion review, each without a change, then deselects the tag', async ({ app }) => {
  const { page } = app;
  await tagQuoteAndSpeaker(page);
  const details = page.getByTestId('annotation-details');

  // Note editing: Enter, type, Escape — the draft is dropped and the keys act on the text again.
  await page.keyboard.press('Enter');
  const note = details.getByRole('textbox');
  await expect(note).toBeFocused();
  await page.keyboard.type('Entwurf 👀 Jo\u0308rdis');
  await page.keyboard.press('Escape');
  await expect(note).not.toBeFocused();
  await expect(note).toHaveValue('');
  await expect(selected(page)).toContainText('Dieses Abkommen folgt');

  // Relation picking: R shows the banner, Escape leaves it with no relation.
  await page.keyboard.press('r');
  await expect(banner(page)).toHaveAttribute('data-mode', 'picking');
  await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc')).toHaveCount(0);
  await expect(selected(page)).toContainText('Dieses Abkommen folgt');

  // Suggestion review: S shows the panel and the dashed suggestions; J makes one current; Escape hides both, accepting nothing.
  await page.keyboard.press('s');
  await expect(panel(page)).toContainText('S or Escape leaves.');
  await expect(page.getByTestId('suggestion-status')).toHaveText(/^\d+ suggestions to decide$/);
  await expect.poll(() => drawnCount(page)).toBeGreaterThan(5);
  await page.keyboard.press('j');
  await expect(page.getByTestId('suggestion-current')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => drawnCount(page)).toBe(0);
  await expect(items(page)).toHaveCount(2);

  // With no mode shown, Escape deselects the tag; J then acts in the text as before.
  await page.keyboard.press('Escape');
  await expect(selected(page)).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(selected(page)).toHaveCount(1);

  await waitForSaved(page);
  const set = await readStoredSet(app.dataDir);
  expect([...set.annotations].sort((a, b) => a.start - b.start).map((a) => [a.text, a.label, a.note ?? null, a.origin ?? null])).toEqual([
    ['Dieses Abkommen folgt einem Treffen', 'quote', null, null],
    ['Wladimir Putin', 'actor', null, null],
  ]);
  expect(set.relations).toEqual([]);
});

test('de-DE: S J A Esc in a row closes the review after one acceptance; the overlay lists Esc for every mode', async ({}, testInfo) => {
  const app = await launchApp({ locale: 'de-DE' });
  const { page } = app;
  try {
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.keyboard.press('s');
    await expect(panel(page)).toContainText('S oder Esc beendet.');
    await expect(page.getByTestId('suggestion-status')).toHaveText(/^\d+ Vorschläge zu entscheiden$/);
    // Once the panel counts its suggestions, J A Escape pressed back to back: one accepted, then the review is gone.
    for (const key of ['j', 'a', 'Escape']) await page.keyboard.press(key);
    await expect(panel(page)).toHaveCount(0);
    await expect.poll(() => drawnCount(page)).toBe(0);
    await expect(items(page)).toHaveCount(1);

    // The overlay (derived from the keymap) names Esc in the note field, relation mode, a selected relation and the review.
    await page.keyboard.press('?');
    const overlay = page.getByTestId('shortcut-overlay');
    await expect(overlay).toBeVisible();
    for (const where of ['Notiz in Bearbeitung', 'Beziehungsmodus (Hinweisleiste sichtbar)', 'Vorschlagsprüfung (Leiste sichtbar)']) {
      await expect(overlay.getByRole('row').filter({ hasText: where }).filter({ hasText: 'Esc' })).not.toHaveCount(0);
    }
    expect(await severeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('escape-de-overlay.png') });
  } finally {
    await app.close();
  }
});
