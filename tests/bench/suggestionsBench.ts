import type { Page } from '@playwright/test';
import { highlightsChangedEvent } from '../../renderer/features/assist/highlightsChangedEvent';
import type { AppBenchOptions, AppFigures } from './appBench';
import type { ProbeDriver } from './probeDriver';
import { selectWord } from './selectWord';
import { percentile, spread } from './stats';

/**
 * Set up in the page before S: the key's time stamp, then, each time the painter tells the document
 * that it changed the suggestions' boxes (`highlightsChangedEvent`), a check for a dashed box
 * (`.tw-sug`) in the suggestion layer; the first is stamped after the frame it is
 * painted in — the review draws in an animation frame, so a message posted there runs after that
 * frame's paint — and `__twFirstSuggestion` is then ms from S to it. A string, so no transpiler helper reaches the page.
 */
export const WATCH_FIRST_SUGGESTION = `(() => {
  let t0 = null;
  let stamped = false;
  window.__twFirstSuggestion = undefined;
  window.addEventListener('keydown', () => { if (t0 === null) t0 = performance.now(); }, { capture: true, once: true });
  const painted = () => {
    return document.querySelector('[data-testid="suggestion-layer"] .tw-sug') !== null;
  };
  document.addEventListener(${JSON.stringify(highlightsChangedEvent)}, () => {
    if (t0 === null || stamped || !painted()) return;
    stamped = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__twFirstSuggestion = performance.now() - t0; };
    channel.port2.postMessage(null);
  });
})()`;

/** How many suggestions the page's suggestion layer draws. */
export const PAINTED_COUNT = `document.querySelectorAll('[data-testid="suggestion-layer"] .tw-sug').length`;

/**
 * Waits until the suggestions drawn after the last scroll are in (their count unchanged over
 * 300 ms, at most 5 s) and the page is quiet: painting adds no element, so the probe's DOM-quiet
 * wait alone would press the key in the middle of the redraw of a newly scrolled-to place.
 */
export async function suggestionsQuiet(page: Page, probe: ProbeDriver): Promise<void> {
  let last = -1;
  for (const until = Date.now() + 5_000; Date.now() < until; ) {
    const now = (await page.evaluate(PAINTED_COUNT)) as number;
    if (now === last) break;
    last = now;
    await probe.sleep(300);
  }
  await probe.settle();
}

/**
 * The assist on this document: S opens suggestion review (its panel is the key's frame), the
 * suggestions are computed off the input path and drawn; then words are tagged while they show.
 */
export async function measureSuggestions(page: Page, probe: ProbeDriver, options: AppBenchOptions): Promise<Pick<AppFigures, 'suggestions' | 'tagWithSuggestions'>> {
  // Keys act outside fields: back in the text, as a click would leave it (the search bar had the focus).
  await page.getByTestId('editor').focus();
  await page.evaluate(WATCH_FIRST_SUGGESTION);
  const panel = page.getByTestId('suggestion-panel');
  const openFirst = await probe.timed(() => page.keyboard.press('s'));
  await panel.waitFor({ timeout: 30_000 });
  let first = NaN;
  for (const until = Date.now() + 300_000; Date.now() < until && Number.isNaN(first); await probe.sleep(20)) first = (await page.evaluate('window.__twFirstSuggestion ?? NaN')) as number;
  // The first screen is drawn before the whole text's suggestions are in; the count (and the key presses) wait for those.
  await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
  const count = Number((await page.getByTestId('suggestion-status').textContent())?.match(/\d[\d,.]*/)?.[0]?.replace(/\D/g, '') ?? NaN);
  options.log(`  suggestions: S ${openFirst.toFixed(1)} ms, first drawn after ${first.toFixed(0)} ms (${count})`);
  const tag: number[] = [];
  for (let rep = 0; rep < options.reps; rep++) {
    if (!(await selectWord(page, probe, rep + 7))) continue;
    // Each press is made with the suggestions shown (Escape would close the review: no Escape here).
    await panel.waitFor({ timeout: 5_000 });
    await suggestionsQuiet(page, probe);
    tag.push(await probe.timed(() => page.keyboard.press('1')));
    await page.keyboard.press('Delete');
  }
  options.log(`  tag with suggestions shown p50 ${percentile(tag, 50).toFixed(1)} ms, p90 ${percentile(tag, 90).toFixed(1)}`);
  // One S is one sample: S → panel is timed again over reopenings (Escape leaves the mode, S opens it with the suggestions cached).
  const open = [openFirst];
  for (let rep = 0; rep < Math.max(8, options.reps); rep++) {
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: 5_000 });
    await probe.settle();
    open.push(await probe.timed(() => page.keyboard.press('s')));
    await panel.waitFor({ timeout: 5_000 });
    await suggestionsQuiet(page, probe);
  }
  const opens = spread(open);
  options.log(`  S → panel p50 ${opens.p50.toFixed(1)} ms, p90 ${opens.p90.toFixed(1)} (n=${opens.n}; the first S ${openFirst.toFixed(1)})`);
  await page.keyboard.press('s');
  return { suggestions: { open: opens, openFirst, first, count }, tagWithSuggestions: spread(tag) };
}
