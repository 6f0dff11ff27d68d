import type { HandlerDeps } from '../handlerDeps';
import type { ReanchorProgress } from '../../../node/reanchor/createWorkerReanchorer';

/** The shortest gap between two `reanchorProgress` events: at most ten a second reach the window. */
export const REANCHOR_PROGRESS_INTERVAL_MS = 100;

/**
 * Turns a re-anchoring job's progress into `reanchorProgress` events for `annotator`'s set:
 * the first call and the last (`done === total`) always go out, others only when the interval
 * has passed since the last event sent, so a fast worker cannot flood the window.
 */
export function reanchorProgressReporter(
  emit: HandlerDeps['emit'],
  annotator: string,
  now: () => number = () => performance.now(),
  intervalMs: number = REANCHOR_PROGRESS_INTERVAL_MS,
): ReanchorProgress {
  let last: number | undefined;
  return (done, total) => {
    const at = now();
    if (last !== undefined && done < total && at - last < intervalMs) return;
    last = at;
    emit('reanchorProgress', { annotator, done, total });
  };
}
