import { suggestAll, type SuggestInput } from '@shared/assist/suggestAll';
import type { Suggestions } from '@shared/assist/suggestion';

/** Computes suggestions for a text; the newest request wins. */
export type ComputeSuggestions = (input: SuggestInput) => Promise<Suggestions>;

/**
 * Suggestions computed in a Web Worker (1M characters take seconds: never on the key path); where
 * a worker cannot start, in an idle callback on this thread instead, after the current frame.
 */
export function createSuggestionComputer(): { compute: ComputeSuggestions; dispose(): void } {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./suggestWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  let nextId = 0;
  const pending = new Map<number, { input: SuggestInput; resolve(s: Suggestions): void }>();
  const onIdle = (run: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 500 }) : setTimeout(run, 0));
  const fallback = (input: SuggestInput) => new Promise<Suggestions>((resolve) => onIdle(() => resolve(suggestAll(input))));
  if (worker) {
    worker.onmessage = (event: MessageEvent<{ requestId: number; suggestions: Suggestions }>) => {
      pending.get(event.data.requestId)?.resolve(event.data.suggestions);
      pending.delete(event.data.requestId);
    };
    // A worker that cannot load (e.g. a scheme that refuses module workers): answer what it was asked here.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const { input, resolve } of pending.values()) void fallback(input).then(resolve);
      pending.clear();
    };
  }
  return {
    compute(input) {
      if (!worker) return fallback(input);
      const requestId = ++nextId;
      const running = worker;
      return new Promise<Suggestions>((resolve) => {
        pending.set(requestId, { input, resolve });
        running.postMessage({ ...input, requestId });
      });
    },
    dispose() {
      worker?.terminate();
      pending.clear();
    },
  };
}
