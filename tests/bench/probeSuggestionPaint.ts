// Dev loop (assist): what the suggestion layer (createSuggestionOverlay's SVG drawings) costs a tag's frame.
// Shows the suggestions (S), then tags words (a double-click, 1, traced; Delete) with the layer as drawn, with
// `will-change: transform` on it (a compositing layer of its own) and with it hidden (display: none), the three
// alternated press by press, and prints each one's p50 main-thread CPU by stage. (Until session 15 this loop
// measured Chromium's custom highlights, which the app no longer draws.)
// TAGWERK_PROBE_WHAT=tag profiles the tag's functions instead; =commits counts the panel's DOM changes per tag.
// TAGWERK_PROBE_WHAT=frame: per press the key's task + its frame's task CPU by stage (frameCpu), TAGWERK_PROBE_CSS (style sheets split by ||) alternated with none, TAGWERK_PROBE_INVALIDATIONS=1 adds invalidation tracking, TAGWERK_PROBE_OUT=/tmp/x writes each press's trace, TAGWERK_PROBE_PLAIN=1 tags without S (the plain tag), TAGWERK_PROBE_SCROLL=1 scrolls first as the bench does before S, TAGWERK_PROBE_KEY=j (or k, wheel: 400 px) presses that instead of tagging a word.
// TAGWERK_PROBE_SIZE=1000000:10000 TAGWERK_PROBE_REPS=6 [TAGWERK_PROBE_WHAT=layer|tag|commits|frame] npx tsx tests/bench/probeSuggestionPaint.ts
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { frameCpu, type FrameCpu } from './frameCpu';
import { tracedInput } from './tracedInput';
import { scrollAsTheBench } from './scrollAsTheBench';
import { selectWord } from './selectWord';
import { PAINTED_COUNT, suggestionsQuiet } from './suggestionsBench';
import { inclusiveTimes, type CpuProfile } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import type { ProbeDriver } from './probeDriver';
import { percentile } from './stats';
import { traceSplit, type Stage, type TraceSplit } from './traceSplit';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];
const STAGES: Stage[] = ['script', 'gc', 'style', 'layout', 'hitTest', 'prePaint', 'paint', 'layerize', 'commit', 'other'];

async function trace(page: Page, probe: ProbeDriver, key = 'F9') {
  const { ms, events } = await tracedInput(page, probe, CATEGORIES, () => page.keyboard.press(key));
  return traceSplit(events, ms);
}

/** Variants of the suggestion layer, each a style sheet put in the page before its presses. */
const LAYERS: [string, string][] = [
  ['as drawn', ''],
  ['will-change: transform', '.suggestion-layer { will-change: transform; }'],
  ['hidden', '.suggestion-layer { display: none; }'],
];

/**
 * Puts `css` in the page as its one experimental style sheet (a constructed sheet: the app's CSP,
 * style-src 'self', blocks a <style> element's text — until session 16 this loop's variants were
 * set that way and never applied).
 */
async function useStyle(page: Page, css: string) {
  await page.evaluate(`(() => { const sheet = (window.__twExp ??= new CSSStyleSheet()); if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; sheet.replaceSync(${JSON.stringify(css)}); })()`);
}

/** S, then waits until every suggestion is in and drawn. */
async function showSuggestions(page: Page, probe: ProbeDriver) {
  await page.getByTestId('editor').focus();
  await page.keyboard.press('s');
  await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
  await suggestionsQuiet(page, probe);
}

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
  } else if (what === 'frame') {
    // The tag's key task and its frame's task, main-thread CPU by stage (Chromium's own clock), per press; TAGWERK_PROBE_CSS (a style sheet) alternated press by press with none.
    if (process.env.TAGWERK_PROBE_SCROLL === '1') await scrollAsTheBench(page, probe);
    if (process.env.TAGWERK_PROBE_PLAIN !== '1') await showSuggestions(page, probe);
    const variants: [string, string][] = [['as built', ''], ...(process.env.TAGWERK_PROBE_CSS ?? '').split('||').filter(Boolean).map((css, n): [string, string] => [`css${n + 1}`, css])];
    const input = process.env.TAGWERK_PROBE_KEY ?? '1';
    if (input === 'wheel') {
      const pane = await page.locator('.document-pane').boundingBox();
      if (pane) await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    }
    const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'v8.execute'];
    if (process.env.TAGWERK_PROBE_INVALIDATIONS === '1') categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
    const results = new Map<string, (FrameCpu & { ms: number })[]>(variants.map(([name]) => [name, []]));
    for (let i = -1; i < reps; i++) {
      // The order turns each round, so no variant always comes first after the last one's work.
      for (const [name, css] of i % 2 === 0 ? variants : [...variants].reverse()) {
        await useStyle(page, css);
        if (input === '1' && !(await selectWord(page, probe, i + 10))) continue;
        await suggestionsQuiet(page, probe);
        const { ms, events } = await tracedInput(page, probe, categories, () => (input === 'wheel' ? page.mouse.wheel(0, 400) : page.keyboard.press(input)));
        const cpu = frameCpu(events);
        if (process.env.TAGWERK_PROBE_OUT && i >= 0) await writeFile(`${process.env.TAGWERK_PROBE_OUT}-${name.replace(/\W/g, '')}-${i}.json`, JSON.stringify({ traceEvents: events }));
        if (cpu) {
          console.log(`${name} ${i}: ${ms.toFixed(1)} ms; key ${cpu.keyTask.toFixed(1)} + frame ${cpu.frameTask.toFixed(1)} CPU (${STAGES.filter((st) => cpu.stages[st] >= 0.1).map((st) => `${st} ${cpu.stages[st].toFixed(1)}`).join(' · ')}); through ${cpu.through.toFixed(1)}; raster ${cpu.raster.toFixed(1)}`);
          if (i === 0) for (const { what: inv, count } of cpu.invalidations.slice(0, 12)) console.log(`    ${count} × ${inv}`);
          if (i >= 0) results.get(name)?.push({ ...cpu, ms });
        }
        if (input === '1') await page.keyboard.press('Delete');
        await suggestionsQuiet(page, probe);
      }
    }
    for (const [name, list] of results) {
      const med = (pick: (c: FrameCpu & { ms: number }) => number) => percentile(list.map(pick), 50).toFixed(1);
      console.log(`${name} (n=${list.length}) p50: key ${med((c) => c.keyTask)} + frame ${med((c) => c.frameTask)} = ${med((c) => c.keyTask + c.frameTask)} ms CPU; ${STAGES.map((st) => `${st} ${med((c) => c.stages[st])}`).join(' · ')}; through ${med((c) => c.through)}; raster ${med((c) => c.raster)}; window ${percentile(list.map((c) => c.ms), 50).toFixed(1)} ms`);
    }
  } else {
    await showSuggestions(page, probe);
    console.log(`${String(await page.evaluate(PAINTED_COUNT))} painted`);
    const splits = new Map<string, TraceSplit[]>(LAYERS.map(([name]) => [name, []]));
    for (let i = -1; i < reps; i++) {
      for (const [name, css] of LAYERS) {
        await useStyle(page, css);
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
