import type { TraceEvent } from './traceSplit';

/**
 * When a press's frame began and what it waited for, from a Chrome trace with the compositor's
 * categories (cc, disabled-by-default-devtools.timeline.frame): all times in ms after the input's
 * dispatch (keydown or mouseup), wall clock.
 */
export interface FrameWait {
  /** The end of the renderer task that dispatched the input. */
  inputTaskEnd: number;
  /** That task's main-thread CPU. */
  inputTaskCpu: number;
  /** Whether the compositor was already subscribed to BeginFrames when the input came (a frame was drawn or asked for just before). */
  ticking: boolean;
  /** The first BeginFrame the compositor took after the input, and whether viz sent it as MISSED (at once, for the interval under way) or NORMAL (the next vsync tick). */
  firstBeginFrame: { at: number; kind: string } | null;
  /** The main thread's BeginMainFrame that drew the input's effect. */
  beginMainFrame: number;
  /** Idle time between the input's task and that BeginMainFrame (the wait for the frame to start). */
  gap: number;
  /** Main-thread CPU of the task that ran that BeginMainFrame (the frame's script, style, layout, paint, commit). */
  frameTaskCpu: number;
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The frame wait of the timed input in `events` (the `skip`-th keydown or mouseup: 1 for Control+Z, whose Control comes first), or null when the trace has no such input or no frame after it. */
export function frameWait(events: readonly TraceEvent[], skip = 0): FrameWait | null {
  const input = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && ['keydown', 'mouseup'].includes(String(record(record(e.args).data).type)))[skip];
  if (!input) return null;
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(record(e.args).name));
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const main = thread(input);
  const compositor = [...names].find(([key, name]) => name === 'Compositor' && key.startsWith(`${input.pid}:`))?.[0];
  const at = (ts: number) => (ts - input.ts) / 1000;
  const end = input.ts + (input.dur ?? 0);
  const task = events.find((e) => thread(e) === main && e.name === 'RunTask' && e.ph === 'X' && e.ts <= input.ts && e.ts + (e.dur ?? 0) >= end);
  const inputTaskEnd = task ? at(task.ts + (task.dur ?? 0)) : at(end);
  const bmf = events.find((e) => thread(e) === main && e.name === 'BeginMainThreadFrame' && e.ts >= input.ts);
  if (!bmf) return null;
  // Subscribed before the input: the last NeedsBeginFrameChanged before it said 1.
  const changes = events.filter((e) => thread(e) === compositor && e.name === 'NeedsBeginFrameChanged' && e.ts < input.ts);
  const last = changes.at(-1);
  // No change in the trace before the input: ticking if the compositor took a BeginFrame in the 20 ms before it.
  const ticking =
    last !== undefined
      ? Number(record(record(last.args).data).needsBeginFrame) === 1
      : events.some((e) => thread(e) === compositor && e.name === 'Scheduler::BeginFrame' && e.ts < input.ts && e.ts > input.ts - 20_000);
  const first = events.find((e) => thread(e) === compositor && e.name === 'Scheduler::BeginFrame' && e.ts >= input.ts);
  const frameTask = events.find((e) => thread(e) === main && e.name === 'RunTask' && e.ph === 'X' && e.ts <= bmf.ts && e.ts + (e.dur ?? 0) >= bmf.ts);
  const kind = first ? String(record(record(first.args).args).subtype ?? record(record(first.args).args).type ?? '?') : '';
  return {
    inputTaskEnd,
    inputTaskCpu: task?.tdur !== undefined ? task.tdur / 1000 : NaN,
    ticking,
    firstBeginFrame: first ? { at: at(first.ts), kind } : null,
    beginMainFrame: at(bmf.ts),
    gap: Math.max(0, at(bmf.ts) - inputTaskEnd),
    frameTaskCpu: frameTask?.tdur !== undefined ? frameTask.tdur / 1000 : NaN,
  };
}
