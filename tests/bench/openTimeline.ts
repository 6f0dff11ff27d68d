// The open's main-thread timeline for traceOpen: per task its stages, longest script calls and the style and layout that script forced,
// split at the text's first painted frame. Reports, never asserts.
import type { TraceEvent } from './traceSplit';

/** Which stage of a frame or task each trace event is. */
const STAGE: Record<string, string> = {
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'prePaint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  HitTest: 'hitTest',
  'IntersectionObserverController::computeIntersections': 'intersections',
};
const f = (n: number) => n.toFixed(1);

type StackFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };

/** The script stack that forced a style or layout pass, if script forced it. */
function stackOf(e: TraceEvent): StackFrame[] | undefined {
  const args = (e.args ?? {}) as { beginData?: { stackTrace?: StackFrame[] }; data?: { stackTrace?: StackFrame[] } };
  return args.beginData?.stackTrace ?? args.data?.stackTrace;
}

/**
 * The main thread's top-level tasks from the click's mouseup to `ms` later, each with its stages and longest script calls
 * (printed unless `quiet`); returns the CPU ms of the tasks that started by then (what the open's wait held of the page's thread), of them those up to
 * and including the first frame painted after the document arrived, and of all tasks up to 250 ms later (the arcs that follow).
 */
export function timeline(events: TraceEvent[], ms: number, quiet = false): { cpu: number; firstFrame: number; all: number; styleLayout: number; forced: number; laidOut: number; styled: number } {
  const log = quiet ? () => undefined : console.log;
  const up = events.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'mouseup');
  if (!up) return (log('  no mouseup in the trace'), { cpu: NaN, firstFrame: NaN, all: NaN, styleLayout: NaN, forced: NaN, laidOut: NaN, styled: NaN });
  const lo = up.ts;
  const hi = lo + ms * 1000;
  const mine = events.filter((e) => e.pid === up.pid && e.tid === up.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= lo && e.ts <= hi + 250_000).sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 1000);
  let cpu = 0;
  let cpuBefore = 0;
  // CPU of the tasks up to and including the first one that paints (the text's first frame); the rest follows it.
  let firstFrame = 0;
  // Of them, the style and layout passes (wall ms), and those that script forced (with a stack).
  let styleLayout = 0;
  let forced = 0;
  // And what those passes did, whatever the load: layout objects laid out and elements styled.
  let laidOut = 0;
  let styled = 0;
  let painted = false;
  // The text can be painted only after the page has the document: the end of its 'ipc openDocument' measure.
  const called = events.find((e) => e.cat === 'blink.user_timing' && e.ph === 'e' && e.name === 'ipc openDocument' && e.ts >= lo);
  const answered = called?.ts ?? lo;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inner = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const stages = new Map<string, number>();
    for (const e of inner) {
      const stage = STAGE[e.name];
      if (!stage || stage === 'script') continue;
      stages.set(stage, (stages.get(stage) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const calls = inner
      .filter((e) => STAGE[e.name] === 'script' && (e.dur ?? 0) >= 2000)
      .slice(0, 6)
      .map((e) => {
        const data = (e.args?.data ?? {}) as { functionName?: string; type?: string; url?: string; lineNumber?: number; columnNumber?: number };
        return `${e.name}${data.type ? `(${data.type})` : ''}${data.functionName ? ` ${data.functionName}` : ''}${data.url ? `@${data.url.split('/').pop()}:${data.lineNumber ?? ''}:${data.columnNumber ?? ''}` : ''} ${f((e.dur ?? 0) / 1000)}`;
      });
    cpu += (task.tdur ?? task.dur ?? 0) / 1000;
    const at = (task.ts - lo) / 1000;
    if (at <= ms) cpuBefore += (task.tdur ?? task.dur ?? 0) / 1000;
    if (!painted && at <= ms) {
      firstFrame += (task.tdur ?? task.dur ?? 0) / 1000;
      styleLayout += ((stages.get('style') ?? 0) + (stages.get('layout') ?? 0));
      forced += inner.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stackOf(e)?.length).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
      for (const e of inner) {
        const args = (e.args ?? {}) as { beginData?: { dirtyObjects?: number }; elementCount?: number };
        if (e.name === 'Layout') laidOut += args.beginData?.dirtyObjects ?? 0;
        if (e.name === 'UpdateLayoutTree') styled += args.elementCount ?? 0;
      }
    }
    if (task.ts >= answered && (stages.get('paint') ?? 0) > 0.3) painted = true;
    log(`  +${f(at).padStart(6)} ${f((task.dur ?? 0) / 1000).padStart(6)} ms (cpu ${f((task.tdur ?? 0) / 1000)})${at > ms ? ' [after]' : ''}  ${[...stages].map(([s, v]) => `${s} ${f(v)}`).join(' · ')}`);
    for (const call of calls) log(`            ${call}`);
    // Style and layout that script forced: the stack's top frame says who read the layout.
    for (const e of inner) {
      if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
      const top = stackOf(e)?.slice(0, 3);
      if (top?.length) log(`            forced ${e.name} ${f((e.dur ?? 0) / 1000)} by ${top.map((t) => `${t.functionName || '(anonymous)'}:${t.lineNumber + 1}:${t.columnNumber}`).join(' < ')}`);
    }
  }
  const measures = events.filter((e) => e.cat === 'blink.user_timing' && e.ph === 'b' && e.ts >= lo - 5000 && e.ts <= hi);
  for (const m of measures) {
    const endEvent = events.find((e) => e.cat === 'blink.user_timing' && e.ph === 'e' && e.name === m.name && e.ts >= m.ts);
    log(`  measure ${m.name}: +${f((m.ts - lo) / 1000)} → +${f(((endEvent?.ts ?? m.ts) - lo) / 1000)}`);
  }
  log(`  main-thread tasks ≥ 1 ms: ${tasks.length}, CPU ${f(cpu)} ms of ${f(ms)} ms (${f(cpuBefore)} in tasks started by the painted frame)`);
  return { cpu: cpuBefore, firstFrame, all: cpu, styleLayout, forced, laidOut, styled };
}
