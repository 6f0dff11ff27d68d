// Dev loop for search at the bench's sizes: times the query's last key and tag all's click as the
// bench does (its query: about 500 hits per 1M characters), then CPU profiles both and prints the
// inclusive time per function under the input's event (React's discrete event and what it ran).
// TAGWERK_PROBE_SIZE=1000000:10000 TAGWERK_PROBE_REPS=8 [TAGWERK_PROBE_SAVE=/tmp/search] npx tsx tests/bench/probeSearch.ts
import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from '@playwright/test';
import { germanText } from './benchCorpus';
import { inclusiveTimes, type CpuProfile, type CpuProfileNode } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import type { ProbeDriver } from './probeDriver';
import { queryWithHits } from './runBench';
import { percentile } from './stats';

const [chars = 1_000_000, spans = 10_000, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 8);
const query = queryWithHits(germanText(chars, 42), Math.round(500 * (chars / 1_000_000)));

/** Runs `action` under the CPU profiler when `cdp` is given (its profile added to `profiles`). */
async function profiled<T>(cdp: CDPSession | null, profiles: CpuProfile[], action: () => Promise<T>): Promise<T> {
  if (!cdp) return action();
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  profiles.push(profile);
  return result;
}

/**
 * One round: Ctrl+F, the query typed with its last key timed, tag all clicked (timed), the bar
 * closed and the tags undone; with `cdp`, the last key and the click are profiled (until the page is quiet).
 */
async function round(page: Page, probe: ProbeDriver, cdp: CDPSession | null = null): Promise<{ search: number; tagAll: number; hits: string }> {
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
  await page.keyboard.type(query.slice(0, -1));
  await probe.settle();
  const search = await profiled(cdp, profiles.search, async () => {
    const ms = await probe.timed(() => page.keyboard.press(query.slice(-1)));
    await probe.settle(300);
    return ms;
  });
  const hits = (await page.getByTestId('search-count').textContent()) ?? '';
  const button = await page.getByTestId('search-tag-all').boundingBox();
  const tagAll = await profiled(cdp, profiles.tagAll, async () => {
    const ms = button ? await probe.timed(() => page.mouse.click(button.x + button.width / 2, button.y + button.height / 2)) : NaN;
    await probe.settle(300);
    return ms;
  });
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await probe.settle(300);
  return { search, tagAll, hits };
}

const profiles: Record<'search' | 'tagAll', CpuProfile[]> = { search: [], tagAll: [] };
/** Each key of the query typed, timed one by one (key → painted): what typing it costs, its first letters finding the most. */
async function typing(page: Page, probe: ProbeDriver): Promise<number[]> {
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
  const keys: number[] = [];
  // A key the US layout lacks ("ü") is typed as text (no keydown: its time is NaN, not a crash).
  for (const key of query) keys.push(/^[\x20-\x7e]$/u.test(key) ? await probe.timed(() => page.keyboard.press(key)) : (await page.keyboard.type(key), NaN));
  await probe.settle(300);
  await page.keyboard.press('Escape');
  await probe.settle(300);
  return keys;
}

const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  await typing(page, probe);
  const typed = await typing(page, probe);
  console.log(`typing "${query}", each key → painted: ${typed.map((x) => x.toFixed(0)).join(' ')} ms (sum ${typed.reduce((a, b) => a + b, 0).toFixed(0)})`);
  {
    // Main-thread CPU of typing the whole query (what each key ran in its events, then React after them), a sampled profile of two runs.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    for (let run = 0; run < 2; run++) await typing(page, probe);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.detach();
    const byName = (n: CpuProfileNode) => n.callFrame.functionName || '(anon)';
    const events = inclusiveTimes(profile, byName, (n) => n.callFrame.functionName === 'dispatchDiscreteEvent');
    const after = inclusiveTimes(profile, byName, (n) => n.callFrame.functionName === 'performWorkUntilDeadline');
    const pick = (names: string[]) => names.map((name) => `${name} ${((events.total.get(name) ?? 0) / 2).toFixed(1)}`).join(', ');
    // A typist's pace (80 ms a key, no waiting for the page): the main thread's busy time from the first key until the page is quiet.
    const typist = await page.context().newCDPSession(page);
    await typist.send('Profiler.enable');
    await typist.send('Profiler.start');
    await page.keyboard.press('Control+f');
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
    await page.keyboard.type(query, { delay: 80 });
    await probe.settle(500);
    const { profile: typed80 } = (await typist.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await typist.detach();
    await page.keyboard.press('Escape');
    const idle = new Set(typed80.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
    const busy = typed80.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (typed80.timeDeltas[i + 1] ?? 0) / 1000), 0);
    const plan = inclusiveTimes(typed80, byName).total.get('planTagAllHits') ?? 0;
    console.log(`typing the query at 80 ms a key: main thread busy ${busy.toFixed(0)} ms (planning tag all ${plan.toFixed(0)})`);
    console.log(`typing the query, CPU ms per run: in its events ${(events.rootMs / 2).toFixed(1)} (${pick(['findMatches', 'SearchBar', 'dispatchTransaction', 'updateStateInner'])}), React after them ${(after.rootMs / 2).toFixed(1)}`);
  }
  const search: number[] = [];
  const tagAll: number[] = [];
  let hits = '';
  await round(page, probe);
  for (let rep = 0; rep < reps; rep++) {
    const r = await round(page, probe);
    search.push(r.search);
    tagAll.push(r.tagAll);
    hits = r.hits;
  }
  console.log(`query "${query}" (${hits})`);
  console.log(`search p50 ${percentile(search, 50).toFixed(1)} p90 ${percentile(search, 90).toFixed(1)}  [${search.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`tagAll p50 ${percentile(tagAll, 50).toFixed(1)} p90 ${percentile(tagAll, 90).toFixed(1)}  [${tagAll.map((x) => x.toFixed(0)).join(' ')}]`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let rep = 0; rep < reps; rep++) await round(page, probe, cdp);
  await cdp.detach();
  const nameOf = (n: CpuProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  for (const [what, list] of Object.entries(profiles)) {
    // TAGWERK_PROBE_SAVE=/tmp/x keeps each profile (x-search-0.cpuprofile…) for DevTools' performance panel.
    if (process.env.TAGWERK_PROBE_SAVE) for (const [i, profile] of list.entries()) await writeFile(`${process.env.TAGWERK_PROBE_SAVE}-${what}-${i}.cpuprofile`, JSON.stringify(profile));
    const under = (title: string, isRoot: (n: CpuProfileNode) => boolean) => {
      const totals = new Map<string, number>();
      let rootMs = 0;
      for (const profile of list) {
        const times = inclusiveTimes(profile, nameOf, isRoot);
        rootMs += times.rootMs;
        for (const [k, v] of times.total) totals.set(k, (totals.get(k) ?? 0) + v);
      }
      console.log(`--- ${what}, ${title}: ${(rootMs / list.length).toFixed(1)} ms each; inclusive ms each`);
      for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / list.length).toFixed(2).padStart(8)} ${k}`);
    };
    under('in the input\'s events', (n) => n.callFrame.functionName === 'dispatchDiscreteEvent');
    under('React after the events (deferred renders, transitions)', (n) => n.callFrame.functionName === 'performWorkUntilDeadline');
  }
} finally {
  await close();
}
