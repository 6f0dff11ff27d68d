import { expect, type Page } from '@playwright/test';
import { selectQuote } from './editorText';

/** The built-in article's claim and its speaker, the pair every relation spec relates first. */
export const CLAIM = 'die sicherheitspolitische Kooperation nicht gegen Drittländer gerichtet sei';
export const SPEAKER = 'Wassili Nebensja';

/** Where the step stops for a spec's own check: both tagged (the speaker selected), picking from the claim, the speaker picked, the type offered, the relation made. */
export type RelateStep = 'tagged' | 'picking' | 'target' | 'offered' | 'related';

/**
 * Tags the claim (1) and its speaker (4) from the keyboard and relates them as a person does by
 * keys: J back to the claim, R, K to the speaker, Enter, 1 (source); `check` runs at each step
 * with the page as it is then (a banner, an axe scan), and the step ends with the one arc drawn.
 */
export async function relateClaimToSpeaker(page: Page, { check }: { check?: (step: RelateStep) => Promise<void> } = {}): Promise<void> {
  await expect(page.getByTestId('editor')).toContainText(SPEAKER);
  await selectQuote(page, CLAIM);
  await page.keyboard.press('1');
  await selectQuote(page, SPEAKER);
  await page.keyboard.press('4');
  await check?.('tagged');
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  await expect(page.getByTestId('relation-banner')).toHaveAttribute('data-mode', 'picking');
  await check?.('picking');
  await page.keyboard.press('k');
  await expect(page.getByTestId('relation-banner')).toContainText(SPEAKER);
  await check?.('target');
  await page.keyboard.press('Enter');
  await check?.('offered');
  await page.keyboard.press('1');
  await expect(page.getByTestId('relation-banner')).toHaveCount(0);
  await expect(page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc')).toHaveCount(1);
  await check?.('related');
}
