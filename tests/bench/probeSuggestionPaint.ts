// Dev loop (assist): what Chromium's custom highlights cost a frame with suggestions shown. Shows the
// suggestions (S), then traces a DOM change outside the text (a key the page handles itself) with the
// highlights as drawn, with each label's overlapping ranges merged, and with none; first it counts the
// ranges registered, the text nodes they decorate and how many of each are on screen.
// TAGWERK_PROBE_WHAT=style also traces the ranges drawn with a fill instead of dashes; =overlay traces the
// same suggestions drawn as dashed boxes of our own in a contained layer (the highlights cleared).
// Since session 14 the app draws suggestions as an SVG overlay (createSuggestionOverlay), not as custom
// highlights: the "as drawn" trace is the overlay's, and the range counts and merged/style modes find no highlights.
// TAGWERK_PROBE_SIZE=1000000:10000 TAGWERK_PROBE_REPS=6 [TAGWERK_PROBE_WHAT=style|overlay|tag|s|commits] npx tsx tests/bench/probeSuggestionPaint.ts
import type { Page } from '@playwright/test';
import { PAINTED_COUNT, selectWord, suggestionsQuiet } from './appBench';
import { inclusiveTimes, type CpuProfile } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import type { ProbeDriver } from './probeDriver';
import { percentile } from './stats';
import { traceSplit, type Stage, type TraceEvent, type TraceSplit } from './traceSplit';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];
const STAGES: Stage[] = ['script', 'style', 'layout', 'prePaint', 'paint', 'layerize', 'commit', 'other'];

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

const MERGE = `(() => {
  const before = (a, b) => { const r = document.createRange(); r.setStart(a.startContainer, a.startOffset); return r.comparePoint(b.endContainer, b.endOffset) >= 0; };
  let ranges = 0, merged = 0;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('tw-sug')) continue;
    const list = [...h].filter((r) => r.startContainer.isConnected).map((r) => { const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l; });
    list.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const out = [];
    for (const r of list) {
      const last = out[out.length - 1];
      if (last && last.compareBoundaryPoints(Range.START_TO_END, r) > 0) { if (last.compareBoundaryPoints(Range.END_TO_END, r) < 0) last.setEnd(r.endContainer, r.endOffset); }
      else out.push(r);
    }
    ranges += h.size; merged += out.length;
    h.clear();
    for (const r of out) h.add(new StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset }));
  }
  return ranges + ' ranges -> ' + merged + ' merged';
})()`;

/** Ranges registered, text nodes they decorate, and how many of each intersect the text's pane on screen. */
const COUNT = `(() => {
  const editor = document.querySelector('[data-testid="editor"]');
  let pane = editor; while (pane && !/(auto|scroll)/.test(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
  const box = (pane ?? editor).getBoundingClientRect();
  let ranges = 0, onScreen = 0; const nodes = new Set(), nodesOn = new Set();
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('tw-sug') || name.includes('current')) continue;
    for (const r of h) {
      ranges++;
      const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset);
      const rect = l.getBoundingClientRect();
      const on = rect.bottom > box.top && rect.top < box.bottom;
      if (on) onScreen++;
      const w = document.createTreeWalker(l.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      const list = l.commonAncestorContainer.nodeType === 3 ? [l.commonAncestorContainer] : [];
      for (let n = w.nextNode(); n; n = w.nextNode()) if (l.intersectsNode(n)) list.push(n);
      for (const n of list) { nodes.add(n); if (on) nodesOn.add(n); }
    }
  }
  const all = editor.querySelectorAll('p').length;
  return 'registered ' + ranges + ' ranges over ' + nodes.size + ' text nodes; on screen ' + onScreen + ' ranges, ' + nodesOn.size + ' nodes; pane ' + Math.round(box.height) + ' px; paragraphs drawn ' + all;
})()`;

/** Moves every suggestion range into an absolutely positioned box per client rect (in a `contain: strict` layer in the editor's scroll content) and clears the highlights. */
const OVERLAY = `(() => {
  const editor = document.querySelector('[data-testid="editor"]');
  const host = editor.parentElement;
  if (getComputedStyle(host).position === 'static') host.style.position = 'relative';
  const layer = document.createElement('div');
  layer.id = 'tw-exp-overlay';
  layer.setAttribute('aria-hidden', 'true');
  layer.style.cssText = 'position:absolute;inset:0;pointer-events:none;contain:strict;z-index:1';
  const origin = host.getBoundingClientRect();
  const colors = { claim: '#b45309', quote: '#1d4ed8', date: '#047857', actor: '#be185d' };
  let boxes = 0;
  const frag = document.createDocumentFragment();
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('tw-sug')) continue;
    const current = name.includes('current');
    const label = name.replace(/^tw-sug-(current-)?/, '');
    for (const r of h) {
      const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset);
      for (const rect of l.getClientRects()) {
        const b = document.createElement('div');
        const w = current ? 3 : 1.5;
        b.style.cssText = 'position:absolute;left:' + (rect.left - origin.left) + 'px;top:' + (rect.top - origin.top - w) + 'px;width:' + rect.width + 'px;height:' + rect.height + 'px;border-top:' + w + 'px dashed ' + colors[label] + ';border-bottom:' + w + 'px dashed ' + colors[label];
        frag.append(b); boxes++;
      }
    }
    h.clear();
  }
  layer.append(frag);
  host.append(layer);
  return boxes + ' overlay boxes';
})()`;

const [chars, spans, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number) as [number, number, number?];
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 6);
const what = process.env.TAGWERK_PROBE_WHAT ?? 'paint';
const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  if (what === 's') {
    // S → panel: the open press traced (the first, which loads, is not kept), then S again to close.
    await page.getByTestId('editor').focus();
    const splits: TraceSplit[] = [];
    for (let i = -1; i < reps; i++) {
      const s = await trace(page, probe, 's');
      if (i === -1) await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
      await suggestionsQuiet(page, probe);
      if (i >= 0 && s) splits.push(s);
      if (i === -1 && s) {
        console.log(`first S → panel: window ${s.windowMs.toFixed(1)}; CPU in window ${(s.windowMs - s.waitMs).toFixed(1)}; ${STAGES.map((st) => `${st} ${s.stages[st].toFixed(1)}`).join(' · ')}`);
        for (const t of s.tasks) console.log(`   at ${t.atMs.toFixed(1)} ${t.cpuMs.toFixed(1)} ms ${t.what.slice(0, 200)}`);
      }
      await page.keyboard.press('s');
      await probe.settle(300);
    }
    const med = (pick: (s: (typeof splits)[number]) => number) => percentile(splits.map(pick), 50).toFixed(1);
    console.log(`S → panel (n=${splits.length}): window p50 ${med((s) => s.windowMs)}; CPU in window ${med((s) => s.windowMs - s.waitMs)}; ${STAGES.map((st) => `${st} ${med((s) => s.stages[st])}`).join(' · ')}; after ${med((s) => s.afterMs)}`);
    for (const s of splits.slice(0, 2)) for (const t of s.tasks) console.log(`   at ${t.atMs.toFixed(1)} ${t.cpuMs.toFixed(1)} ms ${t.what.slice(0, 200)}`);
  } else if (what === 'commits') {
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
  await page.evaluate(`(() => { const d = document.createElement('div'); d.id = 'tw-exp'; d.textContent = '0'; d.style.cssText = 'position:fixed;top:0;left:0;font-size:8px'; document.body.append(d);
    window.addEventListener('keydown', (e) => { if (e.key === 'F9') { e.preventDefault(); d.textContent = String(Number(d.textContent) + 1); } }, { capture: true }); })()`);
  await page.getByTestId('editor').focus();
  await page.keyboard.press('s');
  await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
  await suggestionsQuiet(page, probe);
  console.log(`${String(await page.evaluate(PAINTED_COUNT))} painted`);
  const row = async (name: string) => {
    const splits: TraceSplit[] = [];
    for (let i = -1; i < reps; i++) {
      const s = await trace(page, probe);
      if (i >= 0 && s) splits.push(s);
    }
    const med = (pick: (s: (typeof splits)[number]) => number) => percentile(splits.map(pick), 50).toFixed(1);
    console.log(`${name} (n=${splits.length}): CPU in window ${med((s) => s.windowMs - s.waitMs)}; ${STAGES.map((st) => `${st} ${med((s) => s.stages[st])}`).join(' · ')}`);
  };
  console.log(String(await page.evaluate(COUNT)));
  await row('as drawn');
  if (what === 'style') {
    // The same ranges drawn with a fill instead of dashes: a highlight with text-decoration makes Chromium invalidate the ink overflow of every node it covers at each DOM change.
    await page.evaluate(`(() => { const s = document.createElement('style'); s.id = 'tw-exp-style'; s.textContent = ['claim','quote','date','actor'].flatMap((l) => ['tw-sug-' + l, 'tw-sug-current-' + l]).map((n) => '::highlight(' + n + ') { text-decoration: none; background-color: rgba(255,200,0,.2); }').join(' '); document.head.append(s); })()`);
    await row('fill, no decoration');
    await page.evaluate(`document.getElementById('tw-exp-style')?.remove()`);
  }
  if (what === 'overlay') {
    // The same suggestions drawn as boxes of our own (a dashed top and bottom border per line piece) in a contained layer over the text, the highlights cleared: what a DOM change costs with an overlay instead.
    console.log(String(await page.evaluate(OVERLAY)));
    await row('overlay boxes');
    await page.evaluate(`document.getElementById('tw-exp-overlay')?.remove()`);
  } else {
    console.log(await page.evaluate(MERGE));
    await row('merged');
  }
  await page.evaluate(`(() => { for (const [name, h] of CSS.highlights) if (name.startsWith('tw-sug')) h.clear(); })()`);
  await row('none');
  }
} finally {
  await close();
}
