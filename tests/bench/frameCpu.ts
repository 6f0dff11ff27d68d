import { stageOf, type Stage, type TraceEvent } from './traceSplit';

/** A key press's main-thread CPU from a Chrome trace: the key's task, its frame's task by stage, and what the frame invalidated. */
export interface FrameCpu {
  /** CPU ms of the renderer task that dispatched the keydown. */
  keyTask: number;
  /** CPU ms of the task that ran the first BeginMainThreadFrame after the keydown (the frame that paints the key's effect). */
  frameTask: number;
  /** The frame task's CPU by stage (self time). */
  stages: Record<Stage, number>;
  /** Main-thread CPU ms of every task from the keydown to 150 ms after the frame (work moved after the paint counts here). */
  through: number;
  /** CPU ms of the raster tasks (any thread) from the keydown to 50 ms after the frame: the tiles the frame made stale, drawn again. */
  raster: number;
  /** Invalidation tracking events from the keydown to the frame's end, by kind and node, most frequent first. */
  invalidations: { what: string; count: number }[];
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** The FrameCpu of the first keydown (or wheel) in `events` (complete events only, as Chromium's timeline categories write them), or null without a keydown or frame. */
export function frameCpu(events: readonly TraceEvent[]): FrameCpu | null {
  const input = events.find((e) => e.name === 'EventDispatch' && e.ph === 'X' && ['keydown', 'wheel', 'mousewheel'].includes(String(record(record(e.args).data).type)));
  if (!input) return null;
  const main = events.filter((e) => e.pid === input.pid && e.tid === input.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask');
  const taskAt = (ts: number) => tasks.find((t) => t.ts <= ts && end(t) >= ts);
  const key = taskAt(input.ts);
  const bmf = events.find((e) => e.pid === input.pid && e.tid === input.tid && e.name === 'BeginMainThreadFrame' && e.ts >= input.ts);
  const frame = bmf && taskAt(bmf.ts);
  if (!key || !frame) return null;
  const stages: Record<Stage, number> = { script: 0, gc: 0, style: 0, layout: 0, hitTest: 0, prePaint: 0, paint: 0, layerize: 0, commit: 0, other: 0 };
  const inside = main.filter((e) => e !== frame && e.ts >= frame.ts && end(e) <= end(frame)).sort((a, b) => a.ts - b.ts || end(b) - end(a));
  const stack: { e: TraceEvent; self: number }[] = [];
  const close = (item: { e: TraceEvent; self: number }) => {
    stages[stageOf(item.e.name)] += Math.max(0, item.self) / 1000;
  };
  for (const e of inside) {
    while (stack.length > 0 && end((stack.at(-1) as { e: TraceEvent }).e) <= e.ts) close(stack.pop() as { e: TraceEvent; self: number });
    const cpu = e.tdur ?? e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) parent.self -= cpu;
    stack.push({ e, self: cpu });
  }
  while (stack.length > 0) close(stack.pop() as { e: TraceEvent; self: number });
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.ts < input.ts || e.ts > end(frame) || !e.name.endsWith('InvalidationTracking')) continue;
    const data = record(record(e.args).data);
    const what = `${e.name.replace('InvalidationTracking', '')}: ${String(data.nodeName ?? '?')} ${String(data.reason ?? data.changedClass ?? data.changedAttribute ?? '')}`;
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const through = tasks.filter((t) => t.ts >= key.ts && t.ts <= end(frame) + 150_000).reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000;
  const raster = events.filter((e) => e.name === 'RasterTask' && e.ph === 'X' && e.ts >= input.ts && e.ts <= end(frame) + 50_000).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  return {
    raster,
    keyTask: (key.tdur ?? key.dur ?? 0) / 1000,
    frameTask: (frame.tdur ?? frame.dur ?? 0) / 1000,
    stages,
    through,
    invalidations: [...counts].map(([what, count]) => ({ what, count })).sort((a, b) => b.count - a.count),
  };
}
