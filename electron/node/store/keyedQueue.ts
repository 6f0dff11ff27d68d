/** Runs async jobs one at a time per key, in call order; `flush` waits for everything queued so far. */
export interface KeyedQueue {
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
  flush(): Promise<void>;
}

/**
 * Creates a per-key serial queue, so two saves of one document never interleave their temp,
 * backup and rename steps, while different documents still save independently. A failed job
 * rejects its own promise only; the next job for that key still runs.
 */
export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, job: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(job, job);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    async flush(): Promise<void> {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
}
