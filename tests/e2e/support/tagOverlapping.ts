import { expect, type Page } from '@playwright/test';
import { dragOver } from './mouseDrag';

/** Tags an actor inside a claim with real drags ("Wladimir Putin" in "russischen Präsidenten Wladimir Putin"): overlapping tags for screens under test. */
export async function tagOverlapping(page: Page): Promise<void> {
  await dragOver(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await dragOver(page, 'russischen Präsidenten Wladimir Putin');
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);
}
