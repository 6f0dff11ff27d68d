// Dev loop (assist): what the suggestion layer (createSuggestionOverlay's SVG drawings) costs a tag's frame.
// Shows the suggestions (S), then tags words (a double-click, 1, traced; Delete) with the layer as drawn, with
// `will-change: transform` on it (a compositing layer of its own) and with it hidden (display: none), the three
// alternated press by press, and prints each one's p50 main-thread CPU by stage. (Until session 15 this loop
// measured Chromium's custom highlights, which the app no longer draws.)
// TAGWERK_PROBE_WHAT=tag profiles the tag's functions instead; =commits counts the panel's DOM changes per tag.
// TAGWERK_PROBE_SIZE=1000000:10000 TAGWERK_PROBE_REPS=6 [TAGWERK_PROBE_WHAT=layer|tag|commits] npx tsx tests/bench/probeSuggestionPaint.ts
import type { Page } from '@playwright/test';
import { selectWord } from './selectWord';
import { PAINTED_COUNT, suggestionsQuiet } from './suggestionsBench';
import { inclusiveTimes, type CpuProfile } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import type { ProbeDriver } from './probeDriver';
import { percentile } from './stats';
import { traceSplit, type Stage, type TraceEvent, type TraceSplit } from './traceSplit';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];
const STAGES: Stage[] = ['script', 'gc', 'style', 'layout', 'hitTest', 'prePaint', 'paint', 'layerize', 'commit', 'other'];

async function trace(page: Page, probe: ProbeDriver, key = 'F9') {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await probe.settle();
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  const ms = await probe.timed(() => page.keyboard.press(key));
  await probe.settle(150);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return traceSplit(events, ms);
}

/** Variants of the suggestion layer, each a style sheet put in the page before its presses. */
const LAYERS: [string, string][] = [
  ['as drawn', ''],
  ['will-change: transform', '.suggestion-layer { will-change: transform; }'],
  ['hidden', '.suggestion-layer { display: none; }'],
];

const [chars, spans, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number) as [number, number, number?];
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 6);
const what = process.env.TAGWERK_PROBE_WHAT ?? 'layer';
const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  if (what === 'commits') {
    // How often the suggestion panel's DOM changes (React commits it) after one tag, until the page is quiet.
    await page.getByTestId('editor').focus();
    await page.keyboard.press('s');
    await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
    await suggestionsQuiet(page, probe);
    const counts: number[] = [];
    for (let i = 0; i < reps; i++) {
      if (!(await selectWord(page, probe, i + 10))) continue;
      await suggestionsQuiet(page, probe);
      await page.evaluate(`(() => { window.__twCommits = 0; const panel = document.querySelector('[data-testid="suggestion-panel"]'); window.__twObs?.disconnect(); window.__twObs = new MutationObserver(() => window.__twCommits++); window.__twObs.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true }); })()`);
      await page.keyboard.press('1');
      await probe.settle(500, 15_000);
      await suggestionsQuiet(page, probe);
      counts.push((await page.evaluate('window.__twCommits')) as number);
      await page.keyboard.press('Delete');
      await probe.settle(500, 15_000);
      await suggestionsQuiet(page, probe);
    }
    console.log(`panel DOM changes per tag: ${counts.join(', ')}; status ${String(await page.getByTestId('suggestion-status').textContent())}`);
  } else if (what === 'tag') {
    // A tag with suggestions shown: CPU profiles of keydown → painted and of painted → quiet, inclusive ms per function (mean per press).
    await page.getByTestId('editor').focus();
    await page.keyboard.press('s');
    await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
    await suggestionsQuiet(page, probe);
    const roots = (process.env.TAGWERK_PROBE_ROOTS ?? 'onKeyDown,draw2,sync').split(',');
    const sums: Record<string, Map<string, number>> = Object.fromEntries(roots.map((r) => [r, new Map<string, number>()]));
    let n = 0;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const add = (profile: CpuProfile) => {
      for (const root of roots) {
        const into = sums[root] as Map<string, number>;
        const { total } = inclusiveTimes(profile, (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`, (node) => node.callFrame.functionName === root);
        for (const [k, v] of total) into.set(k, (into.get(k) ?? 0) + v);
      }
    };
    for (let i = -1; i < reps; i++) {
      if (!(await selectWord(page, probe, i + 10))) continue;
      await suggestionsQuiet(page, probe);
      await cdp.send('Profiler.start');
      await probe.timed(() => page.keyboard.press('1'));
      await probe.settle(300);
      await suggestionsQuiet(page, probe);
      const b = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      if (i >= 0) {
        add(b.profile);
        n++;
      }
      await page.keyboard.press('Delete');
      await probe.settle(300);
      await suggestionsQuiet(page, probe);
    }
    await cdp.detach();
    for (const [name, map] of Object.entries(sums)) {
      console.log(`under ${name}, inclusive ms per press (n=${n}), keydown → quiet:`);
      for (const [k, v] of [...map].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((x, y) => y[1] - x[1]).slice(0, 28)) console.log(`  ${(v / n).toFixed(2).padStart(7)}  ${k}`);
    }
  } else {
    await page.getByTestId('editor').focus();
    await page.keyboard.press('s');
    await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
    await suggestionsQuiet(page, probe);
    console.log(`${String(await page.evaluate(PAINTED_COUNT))} painted`);
    const splits = new Map<string, TraceSplit[]>(LAYERS.map(([name]) => [name, []]));
    for (let i = -1; i < reps; i++) {
      for (const [name, css] of LAYERS) {
        await page.evaluate(`(() => { let s = document.getElementById('tw-exp-layer'); if (!s) { s = document.createElement('style'); s.id = 'tw-exp-layer'; document.head.append(s); } s.textContent = ${JSON.stringify(css)}; })()`);
        if (!(await selectWord(page, probe, i + 10))) continue;
        await suggestionsQuiet(page, probe);
        const split = await trace(page, probe, '1');
        if (i >= 0 && split) splits.get(name)?.push(split);
        await page.keyboard.press('Delete');
        await suggestionsQuiet(page, probe);
      }
    }
    for (const [name, list] of splits) {
      const med = (pick: (s: TraceSplit) => number) => percentile(list.map(pick), 50).toFixed(1);
      console.log(`tag, layer ${name} (n=${list.length}): CPU in window ${med((s) => s.windowMs - s.waitMs)}; ${STAGES.map((st) => `${st} ${med((s) => s.stages[st])}`).join(' · ')}`);
    }
  }
} finally {
  await close();
}
