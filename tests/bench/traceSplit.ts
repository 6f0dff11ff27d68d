/** One Chrome trace event as the DevTools protocol's Tracing domain reports it (ts and dur in µs; tts and tdur: the thread's CPU clock). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}

/**
 * Where the main thread's time went between a key press and its painted frame, in ms of the
 * thread's CPU clock (so a loaded machine's waits for a core do not count as work).
 */
export interface TraceSplit {
  /** The window: keydown → the probe's painted stamp (wall clock). */
  windowMs: number;
  /** Main-thread CPU by stage (self time, nested events subtracted): script, gc, style, layout, hitTest, prePaint, paint, layerize, commit, other. */
  stages: Record<Stage, number>;
  /** The window minus the main thread's CPU time: the wait for the next frame, or for a core under load. */
  waitMs: number;
  /** Elements whose style was recalculated (UpdateLayoutTree's elementCount, summed). */
  styledElements: number;
  /** Each layout pass: objects it had to lay out of all, and whether script forced it (and which function). */
  layouts: { ms: number; dirty: number; total: number; forcedBy: string | null }[];
  /** Style recalculations script forced (a read of layout or style in a script), by function. */
  forcedStyle: { ms: number; elements: number; forcedBy: string }[];
  /** Invalidations (which element, why), most frequent first. */
  invalidations: { what: string; count: number }[];
  /** Main-thread CPU in the 100 ms after the window (work deferred past the frame, e.g. afterPaint). */
  afterMs: number;
  /** Each main-thread task in the window, in order: when it began (ms after the keydown), its CPU ms there, and what ran in it. */
  tasks: { atMs: number; cpuMs: number; what: string }[];
}

export type Stage = 'script' | 'gc' | 'style' | 'layout' | 'hitTest' | 'prePaint' | 'paint' | 'layerize' | 'commit' | 'other';

const STAGE_OF: Record<string, Stage> = {
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  EvaluateScript: 'script',
  'v8.execute': 'script',
  'V8.Execute': 'script',
  'v8.callFunction': 'script',
  'v8.run': 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  BlinkGC: 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  HitTest: 'hitTest',
  PrePaint: 'prePaint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'layerize',
  UpdateLayerTree: 'layerize',
  UpdateLayer: 'layerize',
  Commit: 'commit',
};

/** The pipeline stage a trace event's self time counts as (shared with traceStages). */
export function stageOf(name: string): Stage {
  return STAGE_OF[name] ?? (name.startsWith('V8.GC') || name.startsWith('v8.gc') ? 'gc' : 'other');
}

interface Span {
  name: string;
  ts: number;
  end: number;
  /** CPU µs (the thread clock; the wall duration where the trace has none). */
  cpu: number;
  args: Record<string, unknown>;
  children: Span[];
  parent: Span | null;
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The input the probe stamps (a keydown, or a click's mouseup): its thread (the page's main thread) and time. */
function keydownOf(events: readonly TraceEvent[]): TraceEvent | null {
  return events.find((e) => e.name === 'EventDispatch' && (e.ph === 'X' || e.ph === 'B') && ['keydown', 'mouseup'].includes(String(record(record(e.args).data).type))) ?? null;
}

/** Complete and begin/end events of one thread as nested spans (begin/end pairs matched by a stack, their args merged). */
function spansOf(events: readonly TraceEvent[], pid: number, tid: number): Span[] {
  const spans: Span[] = [];
  const open: Span[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0, args: record(e.args), children: [], parent: null });
    else if (e.ph === 'B') open.push({ name: e.name, ts: e.ts, end: e.ts, cpu: e.tts ?? NaN, args: record(e.args), children: [], parent: null });
    else if (e.ph === 'E') {
      let at = open.length - 1;
      while (at >= 0 && open[at]?.name !== e.name) at--;
      const span = at === -1 ? undefined : open.splice(at, 1)[0];
      if (span) spans.push({ ...span, end: e.ts, cpu: e.tts !== undefined && !Number.isNaN(span.cpu) ? e.tts - span.cpu : e.ts - span.ts, args: { ...span.args, ...record(e.args) } });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const stack: Span[] = [];
  for (const span of spans) {
    while (stack.length > 0 && (stack.at(-1) as Span).end <= span.ts) stack.pop();
    const parent = stack.at(-1) ?? null;
    if (parent) {
      span.parent = parent;
      parent.children.push(span);
    }
    stack.push(span);
  }
  return spans;
}

/** The part of [from, to) inside [lo, hi). */
const overlap = (from: number, to: number, lo: number, hi: number) => Math.max(0, Math.min(to, hi) - Math.max(from, lo));

/** A span's CPU time inside [lo, hi), in proportion to the part of its wall time there. */
const cpuIn = (span: Span, lo: number, hi: number) => (span.end > span.ts ? (span.cpu * overlap(span.ts, span.end, lo, hi)) / (span.end - span.ts) : 0);

/** The function a forced style or layout was read from: its own stack's top frame, else the script event around it. */
function forcer(span: Span): string | null {
  const stack = record(span.args.beginData).stackTrace ?? record(span.args.data).stackTrace;
  const top = Array.isArray(stack) ? record(stack[0]) : null;
  if (top && typeof top.functionName === 'string') return `${top.functionName || '(anonymous)'} ${String(top.url ?? '').split('/').pop()}:${Number(top.lineNumber ?? 0) + 1}`;
  for (let p = span.parent; p; p = p.parent) {
    if (stageOf(p.name) !== 'script') continue;
    const data = record(p.args.data);
    const fn = data.functionName ?? data.type;
    return typeof fn === 'string' && fn !== '' ? `in ${p.name} ${fn}` : `in ${p.name}`;
  }
  return null;
}

/** What one invalidation tracking event says: the element and the change or reason. */
function invalidationOf(e: TraceEvent): string | null {
  if (!e.name.endsWith('InvalidationTracking')) return null;
  const data = record(record(e.args).data);
  const node = String(data.nodeName ?? '?');
  const change = data.changedClass ?? data.changedAttribute ?? data.changedId ?? data.changedPseudo;
  const kind = e.name.replace('InvalidationTracking', '');
  if (change !== undefined) return `${kind}: ${node} changed ${String(change)}${data.invalidationSet ? ' (invalidation set)' : ''}`;
  // An invalidation set's own id is a pointer, different in every run: only what it names counts.
  const named = (i: unknown) => {
    const set = record(i);
    return set.classes ?? set.attributes ?? set.tagNames ?? set.ids ?? null;
  };
  const list = Array.isArray(data.invalidationList) ? data.invalidationList.flatMap((i) => (named(i) ? [JSON.stringify(named(i))] : [])).join(' ') : '';
  return `${kind}: ${node} ${String(data.reason ?? '')}${data.subtree ? ' (subtree)' : ''}${list ? ` ${list}` : ''}`.trim();
}

/**
 * Splits the main thread's time between a trace's keydown and `windowMs` later (the probe's
 * painted stamp) into the rendering pipeline's stages, with the layouts and style recalcs that
 * script forced and the invalidations that caused them; null when the trace holds no keydown.
 */
export function traceSplit(events: readonly TraceEvent[], windowMs: number): TraceSplit | null {
  const key = keydownOf(events);
  if (!key) return null;
  const lo = key.ts;
  const hi = key.ts + windowMs * 1000;
  const spans = spansOf(events, key.pid, key.tid);
  const stages: Record<Stage, number> = { script: 0, gc: 0, style: 0, layout: 0, hitTest: 0, prePaint: 0, paint: 0, layerize: 0, commit: 0, other: 0 };
  let busy = 0;
  let after = 0;
  let styledElements = 0;
  const tasks: TraceSplit['tasks'] = [];
  const layouts: TraceSplit['layouts'] = [];
  const forcedStyle: TraceSplit['forcedStyle'] = [];
  for (const span of spans) {
    const inside = cpuIn(span, lo, hi);
    if (!span.parent) {
      busy += inside;
      after += cpuIn(span, hi, hi + 100_000);
      if (inside >= 100) tasks.push({ atMs: (span.ts - lo) / 1000, cpuMs: inside / 1000, what: describeTask(span, lo, hi) });
    }
    if (overlap(span.ts, span.end, lo, hi) === 0) continue;
    const self = inside - span.children.reduce((sum, c) => sum + cpuIn(c, lo, hi), 0);
    stages[stageOf(span.name)] += Math.max(0, self) / 1000;
    const forced = span.parent !== null && [span.parent, ...ancestors(span.parent)].some((p) => stageOf(p.name) === 'script');
    if (span.name === 'UpdateLayoutTree') {
      const elements = Number(span.args.elementCount ?? record(span.args.endData).elementCount ?? 0);
      styledElements += elements;
      if (forced) forcedStyle.push({ ms: inside / 1000, elements, forcedBy: forcer(span) ?? '?' });
    }
    if (span.name === 'Layout') {
      const begin = record(span.args.beginData);
      layouts.push({ ms: inside / 1000, dirty: Number(begin.dirtyObjects ?? 0), total: Number(begin.totalObjects ?? 0), forcedBy: forced ? (forcer(span) ?? '?') : null });
    }
  }
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.ts < lo || e.ts >= hi) continue;
    const what = invalidationOf(e);
    if (what) counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const invalidations = [...counts].map(([what, count]) => ({ what, count })).sort((a, b) => b.count - a.count);
  return { windowMs, stages, waitMs: windowMs - busy / 1000, styledElements, layouts, forcedStyle, invalidations, afterMs: after / 1000, tasks };
}

/** What one script event is: the event's type, the called function (file:line), a timer, an animation frame, a microtask checkpoint. */
function scriptLabel(span: Span): string {
  const data = record(span.args.data);
  const fn = data.functionName;
  if (span.name === 'FunctionCall' && typeof fn === 'string' && fn !== '') {
    const url = typeof data.url === 'string' ? data.url.split('/').pop() : '';
    return `${fn}${url ? ` ${url}:${Number(data.lineNumber ?? 0) + 1}` : ''}`;
  }
  const kind = SCRIPT_KINDS[span.name] ?? (span.name === 'EventDispatch' ? String(data.type ?? 'event') : span.name);
  // An event, a timer or a frame callback is named by the heaviest function it called.
  const call = [...span.children].filter((c) => c.name === 'FunctionCall').sort((a, b) => b.cpu - a.cpu)[0];
  return call ? `${kind} ${scriptLabel(call)}` : kind;
}

const SCRIPT_KINDS: Record<string, string> = { FireAnimationFrame: 'animation frame', FireIdleCallback: 'idle callback', TimerFire: 'timer', RunMicrotasks: 'microtasks' };

/**
 * What ran in one task, heaviest first: its outermost script events (a keydown, a timer, a
 * message handler by function), the frame's rendering stages outside script, and its GC.
 */
function describeTask(task: Span, lo: number, hi: number): string {
  const parts = new Map<string, number>();
  const add = (label: string, cpu: number) => parts.set(label, (parts.get(label) ?? 0) + cpu);
  const walk = (span: Span, inScript: boolean) => {
    const stage = stageOf(span.name);
    const self = cpuIn(span, lo, hi) - span.children.reduce((sum, c) => sum + cpuIn(c, lo, hi), 0);
    if (stage === 'gc') add('gc', cpuIn(span, lo, hi));
    else if (stage === 'script' && !inScript) add(scriptLabel(span), cpuIn(span, lo, hi) - gcIn(span, lo, hi));
    else if (!inScript && stage !== 'script' && stage !== 'other') add(stage, Math.max(0, self));
    if (stage !== 'gc') for (const child of span.children) walk(child, inScript || stage === 'script');
  };
  walk(task, false);
  return [...parts]
    .filter(([, cpu]) => cpu >= 50)
    .sort((a, b) => b[1] - a[1])
    .map(([label, cpu]) => `${label} ${(cpu / 1000).toFixed(1)}`)
    .join(' + ');
}

/** The GC CPU time under a span (within [lo, hi)). */
function gcIn(span: Span, lo: number, hi: number): number {
  return span.children.reduce((sum, c) => sum + (stageOf(c.name) === 'gc' ? cpuIn(c, lo, hi) : gcIn(c, lo, hi)), 0);
}

function ancestors(span: Span): Span[] {
  const list: Span[] = [];
  for (let p = span.parent; p; p = p.parent) list.push(p);
  return list;
}
