// Dev loop (assist): after a tag with suggestions shown, how often the review redraws the suggestions
// (the painter's highlightsChangedEvent, one per editor transaction that changed them) and how many
// learned suggestions came in, per tag, until the page is quiet.
// TAGWERK_PROBE_SIZE=1000000:10000 TAGWERK_PROBE_REPS=6 npx tsx tests/bench/probeTagDraws.ts
import { highlightsChangedEvent } from '../../renderer/features/assist/highlightsChangedEvent';
import { selectWord } from './selectWord';
import { PAINTED_COUNT, suggestionsQuiet } from './suggestionsBench';
import { openProbeDocument } from './openProbeDocument';

const [chars, spans, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number) as [number, number, number?];
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 6);
const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  await page.evaluate(`document.addEventListener(${JSON.stringify(highlightsChangedEvent)}, () => { window.__twDraws = (window.__twDraws ?? 0) + 1; })`);
  await page.getByTestId('editor').focus();
  await page.keyboard.press('s');
  await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
  await suggestionsQuiet(page, probe);
  const rows: string[] = [];
  for (let i = 0; i < reps; i++) {
    if (!(await selectWord(page, probe, i + 10))) continue;
    await suggestionsQuiet(page, probe);
    const before = (await page.getByTestId('suggestion-status').textContent()) ?? '';
    await page.evaluate('window.__twDraws = 0');
    await page.keyboard.press('1');
    await probe.settle(500, 15_000);
    await suggestionsQuiet(page, probe);
    const draws = (await page.evaluate('window.__twDraws')) as number;
    const after = (await page.getByTestId('suggestion-status').textContent()) ?? '';
    rows.push(`draws ${draws} (${before.replace(/\D/g, '')} → ${after.replace(/\D/g, '')} open, ${String(await page.evaluate(PAINTED_COUNT))} painted)`);
    await page.keyboard.press('Delete');
    await probe.settle(500, 15_000);
    await suggestionsQuiet(page, probe);
  }
  console.log(`per tag with suggestions shown: ${rows.join('; ')}`);
} finally {
  await close();
}
