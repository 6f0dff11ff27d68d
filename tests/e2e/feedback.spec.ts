import { expect, test } from '@playwright/test';
import { launchApp } from './app';
import { dragOver } from './support/mouseDrag';
import { readStoredSet } from './support/editorText';

// What the window tells while you work: the save status never claims "saved" while a note is
// still being typed, and the "label on every tag" view draws a chip per tag, is remembered, and
// leaves the text selectable exactly.

test('while a note is being typed the status never says saved; committing it saves the note', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    const status = page.getByTestId('save-status');
    // Record every status text from here on, in the page, as it changes.
    await status.evaluate((element) => {
      const seen: string[] = [element.textContent ?? ''];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, { childList: true, subtree: true, characterData: true });
    });
    await dragOver(page, 'Wladimir Putin');
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect(page.locator('#note-field')).toBeFocused();
    const mark = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts.length);
    // Slow typing, so the tag's own autosave (a second after tagging) finishes while the note is typed.
    await page.keyboard.type('Prüfen 😀 ü', { delay: 180 });
    await expect(status).toHaveText('Note not saved yet (Ctrl+Enter saves it)');
    await expect(status).toHaveAttribute('data-status', 'unsaved');
    const whileTyping = await page.evaluate((from) => (window as unknown as { statusTexts: string[] }).statusTexts.slice(from), mark);
    expect(whileTyping.filter((text) => text !== 'Saving…' && text !== 'Unsaved changes')).toEqual(whileTyping.filter((text) => text.startsWith('Note not saved yet')));

    await page.keyboard.press('Control+Enter');
    await expect(status).toHaveText('All changes saved', { timeout: 15_000 });
    const stored = await readStoredSet(app.dataDir);
    expect(stored.annotations.map((a) => a.note)).toEqual(['Prüfen 😀 ü']);
  } finally {
    await app.close();
  }
});

test('the label-on-every-tag view draws one chip per tag, is remembered, and keeps selections exact', async () => {
  let app = await launchApp({ locale: 'de-DE' });
  const dataDir = app.dataDir;
  try {
    const editor = app.page.getByTestId('editor');
    await expect(editor).toContainText('Wladimir Putin');
    await dragOver(app.page, 'Wladimir Putin');
    await app.page.keyboard.press('4');
    await dragOver(app.page, 'russischen Präsidenten Wladimir Putin');
    await app.page.keyboard.press('1');
    const chips = editor.locator('.ann-label-chip');
    await expect(chips).toHaveCount(0);
    const toggle = app.page.getByTestId('label-chips-toggle');
    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(chips).toHaveCount(2);
    // The outer tag's chip first, each named in the UI language, not as text of the document.
    expect(await chips.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.chip))).toEqual(['Behauptung', 'Akteur']);
    await expect(chips.first()).toHaveAttribute('contenteditable', 'false');
    // A drag right after a chip tags exactly the words, never the chip.
    await dragOver(app.page, 'Kim Jong-un');
    await app.page.keyboard.press('4');
    await expect(chips).toHaveCount(3);
    await expect(app.page.locator('[data-ann][data-label="actor"]').last()).toHaveText('Kim Jong-un');
    await app.close();

    app = await launchApp({ locale: 'de-DE', dataDir });
    await expect(app.page.getByTestId('editor')).toContainText('Wladimir Putin');
    await expect(app.page.getByTestId('label-chips-toggle')).toBeChecked();
    await expect(app.page.getByTestId('editor').locator('.ann-label-chip')).toHaveCount(3);
    await app.page.getByTestId('label-chips-toggle').click();
    await expect(app.page.getByTestId('editor').locator('.ann-label-chip')).toHaveCount(0);
    const stored = await readStoredSet(dataDir);
    expect(stored.annotations.map((a) => a.text).sort()).toEqual(['Kim Jong-un', 'Wladimir Putin', 'russischen Präsidenten Wladimir Putin']);
  } finally {
    await app.close();
  }
});
