/** Runs a callback later and returns its cancel (after the next painted frame in the app; at once in tests). */
export type Schedule = (run: () => void) => () => void;

/** What React reads of a live value: a snapshot that changes only when it is published. */
export interface Publication<T> {
  /** The last published snapshot; the same object between publications (useSyncExternalStore's getSnapshot). */
  get(): T;
  /** Calls `listener` after each publication that changed the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Says the live value changed: one publication is scheduled, however many changes come before it. */
  changed(): void;
  /** Publishes a pending change now (a key that needs React's output at once); nothing when none is pending. */
  flush(): void;
  /** Whether a change waits for its publication. */
  pending(): boolean;
  /** Cancels a scheduled publication; later changes publish nothing. */
  dispose(): void;
}

/**
 * Publishes `read()` to its subscribers once per `schedule` however many changes came before,
 * so React follows a live value (read synchronously by actions and the editor) after the frame
 * that shows the change is painted, instead of rendering inside the key press that made it.
 */
export function createPublication<T>(read: () => T, schedule: Schedule): Publication<T> {
  let published = read();
  let scheduled = false;
  let cancel: (() => void) | null = null;
  let disposed = false;
  const listeners = new Set<() => void>();
  const publish = () => {
    scheduled = false;
    cancel = null;
    const next = read();
    if (Object.is(next, published)) return;
    published = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => published,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      if (disposed || scheduled) return;
      scheduled = true;
      const stop = schedule(publish);
      // A schedule that ran at once has published already; otherwise keep its cancel.
      if (scheduled) cancel = stop;
    },
    pending: () => scheduled,
    flush() {
      if (!scheduled) return;
      cancel?.();
      publish();
    },
    dispose() {
      disposed = true;
      scheduled = false;
      cancel?.();
      cancel = null;
    },
  };
}
