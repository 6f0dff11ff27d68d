import { expect, test } from './support/workbenchTest';
import { ARTICLE, readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import type { Page } from '@playwright/test';

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const suggestions = (page: Page) => page.locator('[data-testid="editor"] [data-suggestion]');
const current = (page: Page) => page.locator('[data-testid="editor"] .sug-current');

/** The drawn suggestions' ids, each once: a suggestion crossing a tag or a nested one may be drawn as several elements. */
async function drawnIds(page: Page, selector = '[data-suggestion]'): Promise<string[]> {
  return [...new Set(await page.locator(`[data-testid="editor"] ${selector}`).evaluateAll((els) => els.map((el) => el.getAttribute('data-suggestion') ?? '')))];
}

/** The one current suggestion (however many elements draw it): its id, label and whole text. */
async function currentSuggestion(page: Page): Promise<{ id: string; label: string; text: string }> {
  await expect.poll(async () => (await drawnIds(page, '.sug-current')).length).toBe(1);
  const parts = await current(page).evaluateAll((els) => els.map((el) => [el.getAttribute('data-suggestion') ?? '', el.getAttribute('data-sug-label') ?? '', el.textContent ?? '']));
  return { id: parts[0]?.[0] ?? '', label: parts[0]?.[1] ?? '', text: parts.map((p) => p[2]).join('') };
}

/** Opens suggestion review with S and waits until the suggestions are computed and drawn. */
async function openReview(page: Page): Promise<void> {
  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-panel')).toBeVisible();
  await expect(page.getByTestId('suggestion-status')).toHaveText(/\d+ suggestions? to decide/);
}

test('suggestion review from the keyboard: S shows dashed suggestions that are not tags, J moves, A accepts with origin "assist", X rejects for good, S hides them', async ({ app }) => {
  const { page } = app;
  await openReview(page);
  const total = (await drawnIds(page)).length;
  expect(total).toBeGreaterThan(5);
  await expect(page.locator('[data-testid="editor"] [data-ann]')).toHaveCount(0);
  await expect(items(page)).toHaveCount(0);
  // Dashed lines above and below (text decorations), no fill.
  await expect(suggestions(page).first()).toHaveCSS('text-decoration-line', 'underline overline');
  await expect(suggestions(page).first()).toHaveCSS('text-decoration-style', 'dashed');
  await expect(suggestions(page).first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(suggestions(page).first()).toHaveCSS('background-image', 'none');

  await page.keyboard.press('j');
  const { text: accepted, label: acceptedLabel } = await currentSuggestion(page);
  await page.keyboard.press('a');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText(accepted);
  await expect(page.locator(`[data-testid="editor"] [data-label="${acceptedLabel}"]`)).toHaveText(accepted);
  await expect.poll(async () => (await drawnIds(page)).length).toBe(total - 1);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations).toEqual([expect.objectContaining({ label: acceptedLabel, text: accepted, origin: 'assist', annotator: 'tester' })]);

  // A decision makes the next suggestion current; X rejects it without tagging anything.
  const { text: rejected, label: rejectedLabel } = await currentSuggestion(page);
  await page.keyboard.press('x');
  await expect.poll(async () => (await drawnIds(page)).length).toBe(total - 2);
  await expect(page.getByTestId('status-message')).toContainText(`Rejected “${rejected}”`);
  await expect(items(page)).toHaveCount(1);

  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-panel')).toBeHidden();
  await expect(suggestions(page)).toHaveCount(0);

  // Computed again: the rejected string is not suggested with its label again.
  await openReview(page);
  await expect.poll(async () => (await drawnIds(page)).length).toBe(total - 2);
  const again = await suggestions(page).evaluateAll((els) => els.map((el) => [el.getAttribute('data-sug-label'), el.textContent]));
  expect(again).not.toContainEqual([rejectedLabel, rejected]);
});

test('Shift+A accepts every suggestion of the current label as one undo step', async ({ app }) => {
  const { page } = app;
  await openReview(page);
  await page.keyboard.press('j');
  const { label } = await currentSuggestion(page);
  const ofLabel = page.locator(`[data-testid="editor"] [data-suggestion][data-sug-label="${label}"]`);
  // How many there are in the whole text (the panel's button says; only those near the view are drawn).
  const button = page.getByTestId('suggestion-panel').getByRole('button', { name: new RegExp(`^Accept all: ${label} \\(\\d+\\)$`, 'i') });
  const count = Number((await button.textContent())?.match(/\((\d+)\)$/)?.[1]);
  // The suggestions in view are drawn first and the margins around them when the browser is idle: count once two reads agree.
  let drawn = -1;
  await expect
    .poll(async () => {
      const now = (await drawnIds(page, `[data-suggestion][data-sug-label="${label}"]`)).length;
      const settled = now === drawn;
      drawn = now;
      return settled;
    }, { intervals: [300, 300, 500] })
    .toBe(true);
  expect(drawn).toBeGreaterThan(1);
  expect(count).toBeGreaterThanOrEqual(drawn);
  await page.keyboard.press('Shift+A');
  await expect(items(page)).toHaveCount(count);
  await expect(ofLabel).toHaveCount(0);
  await expect(button).toBeDisabled();
  await expect.poll(async () => page.locator(`[data-testid="editor"] [data-ann][data-label="${label}"]`).count()).toBeGreaterThanOrEqual(drawn);
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored).toHaveLength(count);
  expect(stored.every((a) => a.origin === 'assist' && a.label === label)).toBe(true);

  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(0);
  await expect.poll(async () => (await drawnIds(page, `[data-suggestion][data-sug-label="${label}"]`)).length).toBe(drawn);
  await expect(button).toHaveText(new RegExp(`\\(${count}\\)$`));
  await expect(button).toBeEnabled();
});

test('tagging while suggestions show: the suggestion my tag covers goes in the very frame that draws the tag; where the tagged string occurs again is suggested soon after, and deleting the tag takes that back', async ({ app }) => {
  const { page } = app;
  await openReview(page);
  await expect(page.locator('[data-testid="editor"] [data-sug-label="actor"]', { hasText: 'Wladimir Putin' })).toHaveCount(1);
  // At every animation frame from now on: is the tag drawn, is the suggestion it covers drawn?
  await page.evaluate(() => {
    const frames: [boolean, boolean][] = [];
    (window as unknown as { twFrames: typeof frames }).twFrames = frames;
    const look = () => {
      const editor = document.querySelector('[data-testid="editor"]');
      const tag = [...(editor?.querySelectorAll('[data-ann][data-label="actor"]') ?? [])].some((el) => el.textContent?.includes('Putin'));
      const suggestion = [...(editor?.querySelectorAll('[data-sug-label="actor"]') ?? [])].some((el) => el.textContent?.includes('Wladimir'));
      frames.push([tag, suggestion]);
      if (!tag || frames.filter((f) => f[0]).length < 10) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await dragOver(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(1);
  const frames = await page.waitForFunction(() => {
    const frames = (window as unknown as { twFrames: [boolean, boolean][] }).twFrames;
    return frames.filter((f) => f[0]).length >= 10 && frames;
  });
  const seen = (await frames.jsonValue()) as [boolean, boolean][];
  expect(seen.some(([tag, suggestion]) => !tag && suggestion)).toBe(true);
  expect(seen.filter(([tag, suggestion]) => tag && suggestion)).toEqual([]);

  // "Russland" tagged once as a claim: its other whole-word occurrences are suggested as claims (learned), not the tagged one.
  const others = [...ARTICLE.matchAll(/\bRussland\b/gu)].length - 1;
  expect(others).toBeGreaterThan(1);
  const learned = page.locator('[data-testid="editor"] [data-sug-label="claim"]', { hasText: /^Russland$/ });
  await expect(learned).toHaveCount(0);
  await dragOver(page, 'Russland');
  await page.keyboard.press('1');
  await expect(items(page)).toHaveCount(2);
  // All of them are counted (the panel); those near the view are drawn.
  const claims = page.getByTestId('suggestion-panel').getByRole('button', { name: /^Accept all: claim \(\d+\)$/i });
  await expect(claims).toHaveText(new RegExp(`\\(${others}\\)$`));
  await expect.poll(async () => learned.count()).toBeGreaterThan(1);
  await expect(page.locator('[data-testid="editor"] [data-ann][data-label="claim"] [data-sug-label="claim"]')).toHaveCount(0);
  // The new tag is selected: Delete removes it, and the string is no longer learned here.
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(1);
  await expect(learned).toHaveCount(0);
  await expect(claims).toHaveText(/\(0\)$/);
});
