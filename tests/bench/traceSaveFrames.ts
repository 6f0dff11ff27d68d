// Dev loop: what one autosave costs the page while nobody types. Tags a word, lets the page settle, then traces
// 2.2 s untouched (the 1 s debounce, the save, its status publications) and prints per save: the renderer main
// thread's BeginMainFrames (frames the page was asked for), the main-thread tasks with their CPU (the save's own
// task first), and the status the line ended on. The page is not polled while tracing (a poll would ask for frames).
// TAGWERK_SAVE_SIZE=200000:1000 TAGWERK_SAVE_REPS=6 [TAGWERK_SAVE_TASKS=1: each task listed] npx tsx tests/bench/traceSaveFrames.ts
import type { TraceEvent } from './traceSplit';
import { openProbeDocument } from './openProbeDocument';
import { recordTrace } from './recordTrace';
import { selectWord } from './selectWord';
import { percentile } from './stats';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'cc', 'toplevel', 'blink.user_timing'];
const [chars, spans] = (process.env.TAGWERK_SAVE_SIZE ?? '200000:1000').split(':').map(Number) as [number, number];
const reps = Number(process.env.TAGWERK_SAVE_REPS ?? 6);

/** The renderer main thread of the page: the thread named CrRendererMain with the most RunTasks. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const named = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string | undefined) === 'CrRendererMain');
  let best: { pid: number; tid: number } | null = null;
  let most = -1;
  for (const t of named) {
    const n = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').length;
    if (n > most) [best, most] = [{ pid: t.pid, tid: t.tid }, n];
  }
  return best;
}

const { page, probe, close } = await openProbeDocument(chars, spans);
const frameCounts: number[] = [];
const cpuTotals: number[] = [];
const paintCounts: number[] = [];
try {
  for (let rep = 0; rep < reps; rep++) {
    if (!(await selectWord(page, probe, rep))) continue;
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await probe.settle(200);
    const { events } = await recordTrace(page, CATEGORIES, () => probe.sleep(2200));
    const status = await page.getByTestId('save-status').getAttribute('data-status');
    const main = mainThread(events);
    if (!main) continue;
    const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const frames = own.filter((e) => e.name === 'BeginMainThreadFrame' || (e.name === 'ThreadProxy::BeginMainFrame' && e.ph === 'X')).length;
    const tasks = own.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.tdur ?? 0) > 300);
    const t0 = own.find((e) => e.name === 'RunTask')?.ts ?? 0;
    const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
    const described = tasks.map((task) => {
      const inside = own.filter((e) => e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0) && e !== task);
      const what = [...new Set(inside.map((e) => (e.name === 'FunctionCall' ? `fn:${String((e.args?.data as { functionName?: string } | undefined)?.functionName ?? '?')}` : e.name)).filter((n) => /TimerFire|FireAnimationFrame|fn:|EventDispatch|UpdateLayoutTree|Layout|Paint|Commit|BeginMainThreadFrame|V8.GC|MinorGC|MajorGC/.test(n)))].slice(0, 6);
      return `  +${((task.ts - t0) / 1000).toFixed(0)} ms CPU ${((task.tdur ?? 0) / 1000).toFixed(2)}: ${what.join(' ')}`;
    });
    // A frame that painted something (the caret's blink asks for a frame every 500 ms and paints nothing on the main thread).
    const painted = own.filter((e) => e.name === 'Paint' && e.ph === 'X').length;
    paintCounts.push(painted);
    frameCounts.push(frames);
    cpuTotals.push(cpu);
    console.log(`save ${rep}: status ${status}; main-thread frames ${frames}, Paint events ${painted}; tasks > 0.3 ms CPU: ${tasks.length}, ${cpu.toFixed(1)} ms`);
    if (process.env.TAGWERK_SAVE_TASKS === '1') for (const line of described) console.log(line);
  }
  console.log(`n=${frameCounts.length} frames per save p50 ${percentile(frameCounts, 50)} (each: ${frameCounts.join(' ')}), Paint events p50 ${percentile(paintCounts, 50)} (each: ${paintCounts.join(' ')}); CPU of tasks > 0.3 ms p50 ${percentile(cpuTotals, 50).toFixed(1)} ms`);
} finally {
  await close();
}
