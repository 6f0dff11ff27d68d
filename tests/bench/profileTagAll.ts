// Dev loop for tag all's click: opens one generated document in the Chromium host, searches the
// bench's query (about 500 hits per 1M characters), then CPU profiles several tag-all clicks (each
// undone) and prints the inclusive time per function under the click's handler and under React.
// TAGWERK_PROBE_SIZE=200000:1000[:relations] TAGWERK_PROBE_REPS=6 npx tsx tests/bench/profileTagAll.ts
import { germanText } from './benchCorpus';
import { inclusiveTimes, type CpuProfile, type CpuProfileNode } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import { queryWithHits } from './runBench';
import { MUTATION_WATCH } from './mutationWatch';
import { scrollAsTheBench } from './scrollAsTheBench';
import { searchForTagAll } from './searchForTagAll';

const [chars = 200_000, spans = 1000, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '200000:1000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 6);
const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  const query = queryWithHits(germanText(chars, 42), Math.round(500 * (chars / 1_000_000)));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // As the bench does before its search (drawing the chunks it passes).
  if (process.env.TAGWERK_PROBE_SCROLL === '1') await scrollAsTheBench(page, probe);
  const times: number[] = [];
  const profiles: CpuProfile[] = [];
  let profiled = 0;
  for (let rep = -1; rep < reps; rep++) {
    const button = await searchForTagAll(page, probe, query);
    if (!button) continue;
    // Round -1 warms the code path up and is not profiled.
    if (rep >= 0) await cdp.send('Profiler.start');
    else await page.evaluate(MUTATION_WATCH);
    const ms = await probe.timed(() => page.mouse.click(button.x, button.y));
    await probe.settle(300);
    if (rep < 0) console.log('editor DOM changes of one click:', JSON.stringify(await page.evaluate('window.__twMut()')));
    if (rep >= 0) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      profiles.push(profile);
      times.push(ms);
      profiled++;
    }
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await probe.settle(300);
  }
  await cdp.detach();
  const drawnChunks = await page.evaluate(() => [document.querySelectorAll('.text-chunk').length, document.querySelectorAll('.text-chunk-placeholder').length, document.querySelectorAll('.text-editor p').length]);
  console.log(`chunks ${drawnChunks[0]}, placeholders ${drawnChunks[1]}, drawn paragraphs ${drawnChunks[2]}`);
  console.log(`tag all (${profiled} clicks): ms ${times.map((t) => t.toFixed(0)).join(' ')}`);
  const nameOf = (n: CpuProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  const under = (title: string, isRoot: (n: CpuProfileNode) => boolean) => {
    const total = new Map<string, number>();
    const self = new Map<string, number>();
    let root = 0;
    for (const profile of profiles) {
      const one = inclusiveTimes(profile, nameOf, isRoot);
      root += one.rootMs;
      for (const [k, v] of one.total) total.set(k, (total.get(k) ?? 0) + v);
      for (const [k, v] of one.self) self.set(k, (self.get(k) ?? 0) + v);
    }
    console.log(`--- ${title}: ${(root / profiled).toFixed(1)} ms per click; inclusive ms per click`);
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(`${(v / profiled).toFixed(2).padStart(8)} ${k}`);
    console.log(`--- ${title}: self ms per click`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / profiled).toFixed(2).padStart(8)} ${k}`);
  };
  under('the click handler (onClick)', (n) => n.callFrame.functionName === 'onClick' && n.callFrame.url.includes('/assets/'));
  under('React renders and commits (performWorkOnRoot)', (n) => n.callFrame.functionName === 'performWorkOnRoot');
  under('garbage collection', (n) => n.callFrame.functionName === '(garbage collector)');
} finally {
  await close();
}
