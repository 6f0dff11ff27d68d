// Dev loop for what wheel scrolling costs the page's main thread, with and without relation arcs: per
// size, a Chrome trace of 60 wheel steps from the top (400 px, ~30 a second, as `npm run bench`
// scrolls), split into main-thread CPU by stage (script, style, layout, paint, layerize…), the
// script's heaviest functions, and the DOM changes the arc layer made. Reports, never asserts.
// TAGWERK_TRACE_SIZES=200000:1000:2000,200000:1000 TAGWERK_TRACE_REPS=3 npx tsx tests/bench/traceScroll.ts
// TAGWERK_TRACE_VARIANT_CSS='<css>' alternates the reps between the page as built and the page with that
// style sheet added (an A/B of a CSS idea in the same page and minutes), and reports each side apart.
import { inclusiveTimes, type CpuProfile } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import { percentile } from './stats';
import { recordTrace } from './recordTrace';
import { traceStages, type TraceEvent } from './traceStages';

// TAGWERK_TRACE_INVALIDATIONS=1 also records Chromium's invalidation tracking and prints, per frame stage, how many
// elements were restyled and which nodes were invalidated for style and paint, and why (most first).
const invalidations = process.env.TAGWERK_TRACE_INVALIDATIONS === '1';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', ...(invalidations ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])];
const sizes = (process.env.TAGWERK_TRACE_SIZES ?? '200000:1000:2000,200000:1000').split(',').map((s) => s.split(':').map(Number) as [number, number, number?]);
const reps = Number(process.env.TAGWERK_TRACE_REPS ?? 3);
const steps = Number(process.env.TAGWERK_TRACE_STEPS ?? 60);
const f = (n: number) => n.toFixed(1);
/** A style sheet the odd reps add to the page (none: every rep is the page as built). */
const variantCss = process.env.TAGWERK_TRACE_VARIANT_CSS ?? '';

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** What one traced scroll restyled and repainted: elements restyled in all, and the invalidations by kind, reason and node (most first). */
function printInvalidations(events: readonly TraceEvent[]): void {
  let restyled = 0;
  let recalcs = 0;
  for (const e of events) {
    if (e.name !== 'UpdateLayoutTree' || e.ph !== 'X') continue;
    recalcs++;
    restyled += Number(record(record(e.args).elementCount ?? record(record(e.args).endData)).elementCount ?? record(e.args).elementCount ?? 0);
  }
  console.log(`  style recalcs ${recalcs}, elements restyled ${restyled}`);
  const kinds = new Map<string, number>();
  for (const e of events) {
    if (!/Invalidation/.test(e.name)) continue;
    const data = record(record(e.args).data);
    const node = String(data.nodeName ?? '');
    const reason = String(data.reason ?? record(data.invalidationSet).id ?? data.changedClass ?? data.changedAttribute ?? data.changedPseudo ?? '');
    const key = `${e.name} · ${reason} · ${node.slice(0, 60)}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${String(n).padStart(6)}  ${k}`);
}

for (const [chars, spans, relations = 0] of sizes) {
  const { page, probe, close } = await openProbeDocument(chars, spans, relations);
  try {
    const pane = await page.locator('.document-pane').boundingBox();
    if (pane) await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    const rows: { stages: Record<string, number>; functions: Map<string, number>; forced: Record<string, number>; mutations: number; arcs: number; variant: boolean }[] = [];
    for (let rep = 0; rep < reps; rep++) {
      const variant = variantCss !== '' && rep % 2 === 1;
      // A constructed sheet, adopted: the page's CSP (style-src 'self') drops an inline <style> without a word, which once made the variant the page as built.
      await page.evaluate(
        ([css, on]) => {
          const w = window as unknown as { __twVariant?: CSSStyleSheet };
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== w.__twVariant);
          if (!on) return;
          w.__twVariant ??= new CSSStyleSheet();
          w.__twVariant.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, w.__twVariant];
        },
        [variantCss, variant] as const,
      );
      await page.locator('.document-pane').evaluate((p) => (p.scrollTop = 0));
      await probe.settle(300, 8000);
      await page.evaluate(`(() => {
        window.__twArcChanges = 0;
        const layer = document.querySelector('.relation-arcs');
        window.__twArcObserver?.disconnect();
        window.__twArcObserver = new MutationObserver((records) => (window.__twArcChanges += records.length));
        if (layer) window.__twArcObserver.observe(layer, { subtree: true, childList: true, attributes: true, characterData: true });
      })()`);
      const { events } = await recordTrace(page, CATEGORIES, async () => {
        for (let i = 0; i < steps; i++) {
          await page.mouse.wheel(0, 400);
          await probe.sleep(33);
        }
        await probe.sleep(500);
      });
      const mutations = await page.evaluate<number>('window.__twArcChanges');
      const arcs = await page.evaluate<number>(`document.querySelectorAll('.relation-arcs .arc').length`);
      rows.push({ ...traceStages(events), mutations, arcs, variant });
      if (invalidations && rep === reps - 1) printInvalidations(events);
    }
    if (variantCss !== '') {
      for (const side of [false, true]) {
        const mine = rows.filter((r) => r.variant === side);
        const m = (pick: (r: (typeof rows)[number]) => number) => f(percentile(mine.map(pick), 50));
        const names = Object.keys(mine[0]?.stages ?? {});
        console.log(`${side ? 'variant' : 'as built'} (n=${mine.length}) CPU ms p50: total ${m((r) => Object.values(r.stages).reduce((a, b) => a + b, 0))} · ${names.map((s) => `${s} ${m((r) => r.stages[s] ?? 0)}`).join(' · ')}`);
        console.log(`  each: ${mine.map((r) => f(Object.values(r.stages).reduce((a, b) => a + b, 0))).join(' / ')}`);
      }
    }
    const med = (pick: (r: (typeof rows)[number]) => number) => percentile(rows.map(pick), 50);
    const stageNames = Object.keys(rows[0]?.stages ?? {});
    console.log(`${chars}:${spans}:${relations} (${steps} wheel steps, n=${reps}) main-thread CPU ms p50: total ${f(med((r) => Object.values(r.stages).reduce((a, b) => a + b, 0)))}`);
    console.log(`  ${stageNames.map((s) => `${s} ${f(med((r) => r.stages[s] ?? 0))}`).join(' · ')}`);
    console.log(`  each: ${rows.map((r) => `script ${f(r.stages.script ?? 0)} all ${f(Object.values(r.stages).reduce((a, b) => a + b, 0))}`).join(' | ')}`);
    const forcedNames = [...new Set(rows.flatMap((r) => Object.keys(r.forced)))];
    console.log(`  of which forced inside script (p50): ${forcedNames.map((s) => `${s} ${f(med((r) => r.forced[s] ?? 0))}`).join(' · ') || 'none'}`);
    console.log(`  arc layer DOM changes p50 ${med((r) => r.mutations)}; arcs drawn at the end ${med((r) => r.arcs)}`);
    const fns = new Map<string, number>();
    for (const r of rows) for (const [fn, ms] of r.functions) fns.set(fn, (fns.get(fn) ?? 0) + ms / rows.length);
    for (const [fn, ms] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${f(ms).padStart(6)} ms  ${fn}`);
    if (process.env.TAGWERK_TRACE_PROFILE === '1') {
      // One more scroll under the sampling profiler: inclusive and self time by function.
      await page.locator('.document-pane').evaluate((p) => (p.scrollTop = 0));
      await probe.settle(300, 8000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < steps; i++) {
        await page.mouse.wheel(0, 400);
        await probe.sleep(33);
      }
      await probe.sleep(500);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      const { total, self } = inclusiveTimes(profile, (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${(n.callFrame as { columnNumber?: number }).columnNumber ?? 0}`);
      const skip = /^\((idle|program|root|garbage collector)\)/;
      console.log('  profile, inclusive:');
      for (const [fn, ms] of [...total].filter(([n]) => !skip.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${f(ms).padStart(6)} ms  ${fn}`);
      console.log('  profile, self:');
      for (const [fn, ms] of [...self].filter(([n]) => !skip.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`    ${f(ms).padStart(6)} ms  ${fn}`);
    }
  } finally {
    await close();
  }
}
