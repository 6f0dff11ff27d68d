import { stageOf, type TraceEvent } from './traceSplit';

export type { TraceEvent } from './traceSplit';

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * The page's main thread's CPU over a whole trace, by stage (self time of complete events, nested
 * ones subtracted), and the script's top-level function calls by function; the main thread is
 * the one that dispatched the first wheel event.
 */
export function traceStages(events: readonly TraceEvent[]): { stages: Record<string, number>; functions: Map<string, number>; forced: Record<string, number> } {
  const wheel = events.find((e) => e.name === 'EventDispatch' && ['wheel', 'mousewheel', 'scroll'].includes(String(record(record(e.args).data).type)));
  const main = wheel ?? events.find((e) => e.name === 'FunctionCall');
  const stages: Record<string, number> = { script: 0, gc: 0, style: 0, layout: 0, hitTest: 0, prePaint: 0, paint: 0, layerize: 0, commit: 0, other: 0 };
  const functions = new Map<string, number>();
  // The rendering work done inside script (a layout read after a write: forced style and layout), by stage.
  const forced: Record<string, number> = {};
  if (!main) return { stages, functions, forced };
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .map((e) => ({ e, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0, children: 0, depthScript: false }))
    .sort((a, b) => a.e.ts - b.e.ts || b.end - a.end);
  const stack: typeof spans = [];
  for (const span of spans) {
    while (stack.length > 0 && (stack.at(-1) as (typeof spans)[number]).end <= span.e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children += span.cpu;
    const inScript = stack.some((s) => stageOf(s.e.name) === 'script');
    if (span.e.name === 'FunctionCall' && !stack.some((s) => s.e.name === 'FunctionCall')) {
      const data = record(record(span.e.args).data);
      const name = `${String(data.functionName || '(anonymous)')} ${String(data.url ?? '').split('/').pop()}:${Number(data.lineNumber ?? 0) + 1}`;
      functions.set(name, (functions.get(name) ?? 0) + span.cpu / 1000);
    }
    span.depthScript = inScript;
    stack.push(span);
  }
  for (const span of spans) {
    const stage = stageOf(span.e.name);
    const self = Math.max(0, span.cpu - span.children) / 1000;
    stages[stage] = (stages[stage] ?? 0) + self;
    if (span.depthScript && stage !== 'script' && stage !== 'gc' && stage !== 'other') forced[stage] = (forced[stage] ?? 0) + self;
  }
  return { stages, functions, forced };
}
