/** One remembered state plus the label of the change that leads away from it (e.g. "Tag all hits"). */
export interface HistoryStep<T> {
  readonly state: T;
  readonly label: string | undefined;
}

/**
 * Undo/redo history as plain immutable data: `past` (oldest first), `present`, `future`
 * (next redo first). Nothing but the states is kept, so one value per document is enough.
 */
export interface History<T> {
  readonly past: readonly HistoryStep<T>[];
  readonly present: T;
  readonly future: readonly HistoryStep<T>[];
  readonly limit: number;
}

/** Default number of undo steps kept per document. */
export const DEFAULT_HISTORY_LIMIT = 500;

/** A history with `present` and nothing to undo or redo; `limit` (integer >= 0) bounds the undo steps kept. */
export function createHistory<T>(present: T, limit = DEFAULT_HISTORY_LIMIT): History<T> {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`history limit must be an integer >= 0, got ${limit}`);
  return { past: [], present, future: [], limit };
}

/**
 * Makes `next` the present as exactly one undo step (whatever it changed, bulk edits
 * included), clears redo and drops the oldest steps beyond `limit`. Committing the present
 * itself (`Object.is`) returns `h` unchanged, so no-op edits never create empty undo steps.
 */
export function commitHistory<T>(h: History<T>, next: T, label?: string): History<T> {
  if (Object.is(next, h.present)) return h;
  const past = [...h.past, { state: h.present, label }];
  return { past: past.slice(Math.max(0, past.length - h.limit)), present: next, future: [], limit: h.limit };
}

/** Steps back one change (the present moves to the redo side); `h` itself when there is nothing to undo. */
export function undoHistory<T>(h: History<T>): History<T> {
  const step = h.past[h.past.length - 1];
  if (step === undefined) return h;
  return {
    past: h.past.slice(0, -1),
    present: step.state,
    future: [{ state: h.present, label: step.label }, ...h.future],
    limit: h.limit,
  };
}

/** Re-applies the change undone last; `h` itself when there is nothing to redo. */
export function redoHistory<T>(h: History<T>): History<T> {
  const step = h.future[0];
  if (step === undefined) return h;
  return {
    past: [...h.past, { state: h.present, label: step.label }],
    present: step.state,
    future: h.future.slice(1),
    limit: h.limit,
  };
}

/** True when `undoHistory` would change something. */
export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0;
}

/** True when `redoHistory` would change something. */
export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0;
}

/** Label of the change undo would revert (for "Undo tag all hits" menus), if any. */
export function undoLabel<T>(h: History<T>): string | undefined {
  return h.past[h.past.length - 1]?.label;
}

/** Label of the change redo would re-apply, if any. */
export function redoLabel<T>(h: History<T>): string | undefined {
  return h.future[0]?.label;
}
