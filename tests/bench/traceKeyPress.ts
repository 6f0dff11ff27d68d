// Dev loop for the browser's share of a key press: per size, Chrome traces of single tag / retag / undo / J
// presses, and of the search's last key and tag all's click, each split into script, style, layout, paint… with the forced layouts and the style
// invalidations behind them (traceSplit.ts), and for the slow presses (p90 and up) each task that ran
// between the keydown and the painted frame (a timer, a message, GC, the frame); with TAGWERK_TRACE_SAVE
// only the slowest tenth of each row's traces is written. Reports, never asserts.
// With TAGWERK_TRACE_SUGGESTIONS=1 the suggestions are shown (S, then waited for) before the presses, J/K
// move between suggestions, and the tag row's top self-time functions (CPU profile) are printed too.
// With TAGWERK_TRACE_SCROLL=1 the search follows the bench's wheel scroll and word click, as in `npm run bench`.
// TAGWERK_TRACE_SIZES=200000:1000,1000000:10000[,200000:1000:2000 with relations] TAGWERK_TRACE_REPS=5 [TAGWERK_TRACE_SAVE=/tmp/traces] npx tsx tests/bench/traceKeyPress.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { selectWord } from './selectWord';
import { PAINTED_COUNT, suggestionsQuiet, WATCH_FIRST_SUGGESTION } from './suggestionsBench';
import { germanText } from './benchCorpus';
import { profileKeyPress, type ProfileEntry } from './profileKeyPress';
import { queryWithHits } from './runBench';
import { scrollAsTheBench } from './scrollAsTheBench';
import { openProbeDocument } from './openProbeDocument';
import type { ProbeDriver } from './probeDriver';
import { percentile } from './stats';
import { traceSplit, type Stage, type TraceEvent, type TraceSplit } from './traceSplit';
import { recordTrace } from './recordTrace';
import { tracedInput } from './tracedInput';

/** What DevTools' performance panel records, plus invalidation tracking (which change restyled what). */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'blink.user_timing',
  'v8.execute',
];

/** Traces one timed input (a key press, or `input` — e.g. a click — when given: input → the probe's painted stamp, then until the page is quiet). */
async function traceKeyPress(page: Page, probe: ProbeDriver, key: string, input = () => page.keyboard.press(key)): Promise<{ split: TraceSplit | null; events: TraceEvent[] }> {
  const { ms, events } = await tracedInput(page, probe, CATEGORIES, input);
  return { split: Number.isFinite(ms) ? traceSplit(events, ms) : null, events };
}

const STAGES: Stage[] = ['script', 'gc', 'style', 'layout', 'hitTest', 'prePaint', 'paint', 'layerize', 'commit', 'other'];
const f = (n: number) => n.toFixed(1);

/** The median split of several presses of one kind, with every forced layout and the commonest invalidations. */
function report(name: string, splits: TraceSplit[]): void {
  if (splits.length === 0) return console.log(`  ${name}: no traced press`);
  const med = (pick: (s: TraceSplit) => number) => percentile(splits.map(pick), 50);
  console.log(`  ${name} (n=${splits.length}): keydown → painted p50 ${f(med((s) => s.windowMs))} ms; main-thread CPU ms: waiting ${f(med((s) => s.waitMs))}; after the frame ${f(med((s) => s.afterMs))}`);
  console.log(`    ${STAGES.map((stage) => `${stage} ${f(med((s) => s.stages[stage]))}`).join(' · ')}`);
  console.log(`    styled elements p50 ${med((s) => s.styledElements)}; layouts p50 ${med((s) => s.layouts.length)}, dirty/total objects ${splits[0]?.layouts.map((l) => `${l.dirty}/${l.total}`).join(', ')}`);
  const forced = new Map<string, number[]>();
  for (const s of splits) {
    for (const l of s.layouts) if (l.forcedBy) forced.set(`layout by ${l.forcedBy}`, [...(forced.get(`layout by ${l.forcedBy}`) ?? []), l.ms]);
    for (const st of s.forcedStyle) forced.set(`style by ${st.forcedBy}`, [...(forced.get(`style by ${st.forcedBy}`) ?? []), st.ms]);
  }
  for (const [what, ms] of forced) console.log(`    forced ${what}: ${ms.length}× over ${splits.length} presses, ${f(ms.reduce((a, b) => a + b, 0) / splits.length)} ms per press`);
  const counts = new Map<string, number>();
  for (const s of splits) for (const i of s.invalidations) counts.set(i.what, (counts.get(i.what) ?? 0) + i.count);
  for (const [what, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${(count / splits.length).toFixed(1).padStart(6)}× ${what.slice(0, 200)}`);
  // The slow presses (p90 and up): what ran between the keydown and the painted frame, task by task.
  const p90 = percentile(splits.map((s) => s.windowMs), 90);
  for (const s of splits.filter((s) => s.windowMs >= p90)) {
    const cpu = s.windowMs - s.waitMs;
    console.log(`    slow press ${f(s.windowMs)} ms (CPU ${f(cpu)}, gc ${f(s.stages.gc)}, waiting ${f(s.waitMs)}):`);
    for (const t of s.tasks) console.log(`      at ${f(t.atMs).padStart(6)} ms  ${f(t.cpuMs).padStart(5)} ms  ${t.what.slice(0, 220)}`);
  }
}

const sizes = (process.env.TAGWERK_TRACE_SIZES ?? '200000:1000,1000000:10000').split(',').map((s) => s.split(':').map(Number) as [number, number, number?]);
const reps = Number(process.env.TAGWERK_TRACE_REPS ?? 5);
/** Search and tag-all rounds traced (TAGWERK_TRACE_SEARCH_REPS, at most the key presses'; 0 leaves them out; none with suggestions shown: its Escape would close them). */
const searchReps = process.env.TAGWERK_TRACE_SUGGESTIONS === '1' ? 0 : Number(process.env.TAGWERK_TRACE_SEARCH_REPS ?? 8);
const save = process.env.TAGWERK_TRACE_SAVE;
/** Key presses traced per row (TAGWERK_TRACE_KEY_REPS, default the reps; 0 traces only the search and tag all). */
const keyReps = Number(process.env.TAGWERK_TRACE_KEY_REPS ?? reps);
const withSuggestions = process.env.TAGWERK_TRACE_SUGGESTIONS === '1';

/** Shows the suggestions (S, traced until the first suggestion is painted: each task on the way) and waits until the whole text's are in and the painted ones are settled. */
async function showSuggestions(page: Page, probe: ProbeDriver): Promise<void> {
  await page.getByTestId('editor').focus();
  await probe.settle();
  await page.evaluate(WATCH_FIRST_SUGGESTION);
  const { value: first, events } = await recordTrace(page, CATEGORIES, async () => {
    await page.keyboard.press('s');
    let first = NaN;
    for (const until = Date.now() + 60_000; Date.now() < until && Number.isNaN(first); await probe.sleep(20)) first = (await page.evaluate('window.__twFirstSuggestion ?? NaN')) as number;
    return first;
  });
  const split = Number.isFinite(first) ? traceSplit(events, first) : null;
  console.log(`  S → first suggestion painted ${f(first)} ms (main-thread CPU ${split ? f(split.windowMs - split.waitMs) : '?'} ms); tasks:`);
  for (const t of split?.tasks ?? []) console.log(`      at ${f(t.atMs).padStart(6)} ms  ${f(t.cpuMs).padStart(5)} ms  ${t.what.slice(0, 220)}`);
  await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
  await suggestionsQuiet(page, probe);
  console.log(`  suggestions shown: ${(await page.getByTestId('suggestion-status').textContent()) ?? ''}; ${String(await page.evaluate(PAINTED_COUNT))} painted`);
}

/** TAGWERK_TRACE_SCROLL=1: before the search, wheel through the text and click a word as the bench does (its search follows its scroll figure). */
const benchScroll = process.env.TAGWERK_TRACE_SCROLL === '1';

/** What the editor holds: elements, drawn search hits and highlight elements (a scroll builds lazy chunks, each with its hits). */
const EDITOR_SIZE = `(() => { const e = document.querySelector('[data-testid="editor"]'); return e ? e.querySelectorAll('*').length + ' elements, ' + e.querySelectorAll('tw-hit').length + ' hits drawn, ' + e.querySelectorAll('[data-ann]').length + ' highlight elements' : 'no editor'; })()`;

/** Before the search: the bench's scroll and click, with what the editor holds before and after. */
async function scrollAsTheBenchLogged(page: Page, probe: ProbeDriver): Promise<void> {
  await page.keyboard.press('Escape');
  console.log(`  before the bench's scroll: ${await page.evaluate(EDITOR_SIZE)}`);
  await scrollAsTheBench(page, probe);
  console.log(`  after it: ${await page.evaluate(EDITOR_SIZE)}`);
}

/** The summed self time of the profiled presses, function by function, top ten. */
function reportProfile(entries: ProfileEntry[][]): void {
  const sum = new Map<string, number>();
  for (const list of entries) for (const e of list) sum.set(`${e.fn} ${e.at}`, (sum.get(`${e.fn} ${e.at}`) ?? 0) + e.selfMs);
  console.log(`  tag, top self time (CPU profile, mean of ${entries.length} presses, top ten each):`);
  for (const [what, ms] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${f(ms / Math.max(1, entries.length)).padStart(6)} ms  ${what}`);
}
for (const [chars, spans, relations = 0] of sizes) {
  console.log(`\n${chars} characters, ${spans} tags, ${relations} relations`);
  const { page, probe, close } = await openProbeDocument(chars, spans, relations);
  try {
    if (withSuggestions) await showSuggestions(page, probe);
    const rows: Record<'tag' | 'retag' | 'undo' | 'J' | 'K' | 'search' | 'tagAll', TraceSplit[]> = { tag: [], retag: [], undo: [], J: [], K: [], search: [], tagAll: [] };
    // Round -1 warms the code paths up (the first press compiles them) and is not kept. Only the
    // slowest traces are saved (the slowest tenth of each row, at least one): those show what a slow press held.
    const slowest: Record<string, { ms: number; events: TraceEvent[]; rep: number }[]> = {};
    const keep = async (row: keyof typeof rows, rep: number, traced: { split: TraceSplit | null; events: TraceEvent[] }) => {
      if (rep < 0 || !traced.split) return;
      rows[row].push(traced.split);
      if (!save) return;
      const kept = (slowest[row] ??= []);
      kept.push({ ms: traced.split.windowMs, events: traced.events, rep });
      kept.sort((a, b) => b.ms - a.ms).splice(Math.max(1, Math.ceil(reps / 10)));
    };
    for (let rep = -1; rep < keyReps; rep++) {
      if (!(await selectWord(page, probe, rep + 1))) continue;
      if (withSuggestions) await suggestionsQuiet(page, probe);
      await keep('tag', rep, await traceKeyPress(page, probe, '1'));
      await keep('retag', rep, await traceKeyPress(page, probe, '2'));
      await page.keyboard.press('Delete');
      // Undo brings the deleted tag back (with relations: its relations too), then it goes again.
      if (!withSuggestions) {
        await keep('undo', rep, await traceKeyPress(page, probe, 'Control+z'));
        await page.keyboard.press('Delete');
      }
      // Escape would close the suggestion review.
      if (!withSuggestions) await page.keyboard.press('Escape');
    }
    const profiles: ProfileEntry[][] = [];
    for (let rep = 0; withSuggestions && rep < reps; rep++) {
      if (!(await selectWord(page, probe, rep + 40))) continue;
      await suggestionsQuiet(page, probe);
      profiles.push(await profileKeyPress(page, probe, '1'));
      await page.keyboard.press('Delete');
    }
    if (profiles.length > 0) reportProfile(profiles);
    for (let rep = -1; rep < keyReps; rep++) await keep('J', rep, await traceKeyPress(page, probe, 'j'));
    for (let rep = -1; rep < keyReps; rep++) await keep('K', rep, await traceKeyPress(page, probe, 'k'));
    // Search as the bench does it (its query has about 500 hits per 1M characters): the query's last key, then tag all's click, undone.
    const query = queryWithHits(germanText(chars, 42), Math.round(500 * (chars / 1_000_000)));
    if (benchScroll && searchReps > 0) await scrollAsTheBenchLogged(page, probe);
    for (let rep = -1; rep < Math.min(reps, searchReps); rep++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+f');
      await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
      await page.keyboard.type(query.slice(0, -1));
      await keep('search', rep, await traceKeyPress(page, probe, query.slice(-1)));
      await probe.settle(300);
      if (rep === 0) console.log(`  after the search key: ${await page.evaluate(EDITOR_SIZE)}`);
      const button = await page.getByTestId('search-tag-all').boundingBox();
      if (button) await keep('tagAll', rep, await traceKeyPress(page, probe, 'click', () => page.mouse.click(button.x + button.width / 2, button.y + button.height / 2)));
      await probe.settle(300);
      await page.getByRole('searchbox').focus();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+z');
      await probe.settle(300);
    }
    for (const [name, splits] of Object.entries(rows)) report(name, splits);
    if (save) {
      await mkdir(save, { recursive: true });
      for (const [row, kept] of Object.entries(slowest)) {
        for (const { ms, events, rep } of kept) await writeFile(path.join(save, `${chars}-${relations}-${row}-${rep}-${ms.toFixed(0)}ms.json`), JSON.stringify({ traceEvents: events }));
      }
    }
  } finally {
    await close();
  }
}
