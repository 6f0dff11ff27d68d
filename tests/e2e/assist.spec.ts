import { expect, test } from './support/workbenchTest';
import { ARTICLE, readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import type { Page } from '@playwright/test';
import { drawnSuggestions, linePixels, paintedSuggestions } from './support/paintedSuggestions';
import { installRenderCounter } from './support/renderCounter';

/** The labels' colours (assist.css and the label set). */
const LABEL_COLORS: Record<string, string> = { claim: '#b45309', quote: '#1d4ed8', date: '#047857', actor: '#be185d' };

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
/** How many suggestions are painted (each once), optionally of one label. */
async function drawnCount(page: Page, label?: string): Promise<number> {
  return (await drawnSuggestions(page, label)).length;
}

/** The one current suggestion as painted: its label and whole text. */
async function currentSuggestion(page: Page): Promise<{ label: string; text: string }> {
  await expect.poll(async () => (await paintedSuggestions(page)).filter((s) => s.current).length).toBe(1);
  const current = (await paintedSuggestions(page)).find((s) => s.current);
  return { label: current?.label ?? '', text: current?.text ?? '' };
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
  const total = await drawnCount(page);
  expect(total).toBeGreaterThan(5);
  await expect(page.locator('[data-testid="editor"] [data-ann]')).toHaveCount(0);
  await expect(items(page)).toHaveCount(0);
  // Dashed lines above and below in the label's colour, painted by the browser with the text, no element and no fill.
  const first = (await drawnSuggestions(page)).find((s) => s.box && s.box.y > 0);
  expect(first?.box).toBeTruthy();
  const lines = await linePixels(page, first!.box!, LABEL_COLORS[first!.label]!);
  expect(lines.above).toBeGreaterThan(3);
  expect(lines.below).toBeGreaterThan(3);

  await page.keyboard.press('j');
  const { text: accepted, label: acceptedLabel } = await currentSuggestion(page);
  await page.keyboard.press('a');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText(accepted);
  await expect(page.locator(`[data-testid="editor"] [data-label="${acceptedLabel}"]`)).toHaveText(accepted);
  await expect.poll(async () => drawnCount(page)).toBe(total - 1);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations).toEqual([expect.objectContaining({ label: acceptedLabel, text: accepted, origin: 'assist', annotator: 'tester' })]);

  // A decision makes the next suggestion current; X rejects it without tagging anything.
  const { text: rejected, label: rejectedLabel } = await currentSuggestion(page);
  await page.keyboard.press('x');
  await expect.poll(async () => drawnCount(page)).toBe(total - 2);
  await expect(page.getByTestId('status-message')).toContainText(`Rejected “${rejected}”`);
  await expect(items(page)).toHaveCount(1);

  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-panel')).toBeHidden();
  await expect.poll(async () => drawnCount(page)).toBe(0);

  // Computed again: the rejected string is not suggested with its label again.
  await openReview(page);
  await expect.poll(async () => drawnCount(page)).toBe(total - 2);
  const again = (await drawnSuggestions(page)).map((s) => [s.label, s.text]);
  expect(again).not.toContainEqual([rejectedLabel, rejected]);
});

test('Shift+A accepts every suggestion of the current label as one undo step', async ({ app }) => {
  const { page } = app;
  await openReview(page);
  await page.keyboard.press('j');
  const { label } = await currentSuggestion(page);
  // How many there are in the whole text (the panel's button says; only those near the view are drawn).
  const button = page.getByTestId('suggestion-panel').getByRole('button', { name: new RegExp(`^Accept all: ${label} \\(\\d+\\)$`, 'i') });
  const count = Number((await button.textContent())?.match(/\((\d+)\)$/)?.[1]);
  // The suggestions in view are drawn first and the margins around them when the browser is idle: count once two reads agree.
  let drawn = -1;
  await expect
    .poll(async () => {
      const now = await drawnCount(page, label);
      const settled = now === drawn;
      drawn = now;
      return settled;
    }, { intervals: [300, 300, 500] })
    .toBe(true);
  expect(drawn).toBeGreaterThan(1);
  expect(count).toBeGreaterThanOrEqual(drawn);
  await page.keyboard.press('Shift+A');
  await expect(items(page)).toHaveCount(count);
  await expect.poll(async () => drawnCount(page, label)).toBe(0);
  await expect(button).toBeDisabled();
  await expect.poll(async () => page.locator(`[data-testid="editor"] [data-ann][data-label="${label}"]`).count()).toBeGreaterThanOrEqual(drawn);
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored).toHaveLength(count);
  expect(stored.every((a) => a.origin === 'assist' && a.label === label)).toBe(true);

  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(0);
  await expect.poll(async () => await drawnCount(page, label)).toBe(drawn);
  await expect(button).toHaveText(new RegExp(`\\(${count}\\)$`));
  await expect(button).toBeEnabled();
});

test('tagging while suggestions show: the suggestion my tag covers goes in the very frame that draws the tag; where the tagged string occurs again is suggested soon after, and deleting the tag takes that back', async ({ app }) => {
  const { page } = app;
  await openReview(page);
  await expect.poll(async () => (await drawnSuggestions(page, 'actor')).filter((s) => s.text.includes('Wladimir Putin')).length).toBe(1);
  // At every animation frame from now on: is the tag drawn, is the suggestion it covers drawn?
  await page.evaluate(() => {
    const frames: [boolean, boolean][] = [];
    (window as unknown as { twFrames: typeof frames }).twFrames = frames;
    const look = () => {
      const editor = document.querySelector('[data-testid="editor"]');
      const tag = [...(editor?.querySelectorAll('[data-ann][data-label="actor"]') ?? [])].some((el) => el.textContent?.includes('Putin'));
      // What the page paints this frame: the actor suggestions' dashed boxes in the suggestion layer.
      const suggestion = [...document.querySelectorAll<HTMLElement>('[data-testid="suggestion-layer"] .tw-sug[data-label="actor"]')].some((el) => el.dataset.text?.includes('Wladimir'));
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
  const learned = async () => (await drawnSuggestions(page, 'claim')).filter((s) => s.text === 'Russland').length;
  expect(await learned()).toBe(0);
  await dragOver(page, 'Russland');
  await page.keyboard.press('1');
  await expect(items(page)).toHaveCount(2);
  // All of them are counted (the panel); the one in view is drawn.
  const claims = page.getByTestId('suggestion-panel').getByRole('button', { name: /^Accept all: claim \(\d+\)$/i });
  await expect(claims).toHaveText(new RegExp(`\\(${others}\\)$`));
  await expect.poll(learned).toBeGreaterThan(0);
  // None painted over my tag: every painted claim lies outside the tagged "Russland".
  const tagged = await page.locator('[data-testid="editor"] [data-ann][data-label="claim"]').boundingBox();
  const over = (await drawnSuggestions(page, 'claim')).filter((s) => s.box && tagged && Math.abs(s.box.x - tagged.x) < 2 && Math.abs(s.box.y + s.box.height / 2 - (tagged.y + tagged.height / 2)) < tagged.height);
  expect(over).toEqual([]);
  // Those further down are drawn when they are scrolled to: the wheel down to the end of the text shows several.
  const editor = await page.getByTestId('editor').boundingBox();
  if (!editor) throw new Error('no editor');
  await page.mouse.move(editor.x + editor.width / 2, editor.y + 200);
  await page.mouse.wheel(0, 4000);
  await expect.poll(learned).toBeGreaterThan(1);
  await page.mouse.wheel(0, -4000);
  // The new tag is selected: Delete removes it, and the string is no longer learned here.
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(1);
  await expect.poll(learned).toBe(0);
  await expect(claims).toHaveText(/\(0\)$/);
});

test('S opens and closes suggestion review re-rendering its toggle and panel, never the workbench (what S waits for is the panel alone)', async ({ app }) => {
  const { page } = app;
  const counter = await installRenderCounter(page);
  await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
  await page.getByTestId('document-title').click();
  const toggle = page.locator('.suggestions-toggle');
  const workbenchRenders = async () => (await counter.renders()).filter((r) => /^div\.workbench/u.test(r.where)).reduce((sum, r) => sum + r.count, 0);
  await counter.reset();
  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-panel')).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('suggestion-status')).toHaveText(/\d+ suggestions? to decide/);
  expect(await workbenchRenders()).toBe(0);
  await counter.reset();
  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-panel')).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await drawnCount(page)).toBe(0);
  expect(await workbenchRenders()).toBe(0);
  // The toggle button does the same as S.
  await toggle.click();
  await expect(page.getByTestId('suggestion-panel')).toBeVisible();
  await expect.poll(async () => await drawnCount(page)).toBeGreaterThan(5);
  // Escape leaves the mode and S opens it again with the suggestions cached: the panel comes first, the same dashes follow.
  await expect(page.getByTestId('suggestion-status')).toHaveText(/\d+ suggestions? to decide/);
  const shown = async () => (await drawnSuggestions(page)).map((s) => `${s.label}:${s.text}`).sort();
  let before: string[] = [];
  await expect.poll(async () => (before = await shown()).length).toBeGreaterThan(5);
  await expect.poll(async () => (await shown()).join('|')).toBe(before.join('|'));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('suggestion-panel')).toHaveCount(0);
  expect(await drawnCount(page)).toBe(0);
  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-panel')).toBeVisible();
  await expect.poll(async () => (await shown()).join('|')).toBe(before.join('|'));
});
