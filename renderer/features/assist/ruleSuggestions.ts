import { suggestRules } from '@shared/assist/suggestRules';
import type { Suggestions } from '@shared/assist/suggestion';

/** How many texts' rule suggestions the window keeps: switching back to a recent document shows them at once. */
const CACHED_TEXTS = 4;

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, { text: string; resolve(s: Suggestions): void }>();
const cache = new Map<string, Promise<Suggestions>>();

/** Where a worker cannot run, after the current frame on this thread instead. */
function onThisThread(text: string): Promise<Suggestions> {
  const idle = (run: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 500 }) : setTimeout(run, 0));
  return new Promise((resolve) => idle(() => resolve(suggestRules(text))));
}

/** The window's one assist worker, started on first use; null where a module worker cannot start. */
function assistWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./suggestWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return worker;
  }
  worker.onmessage = (event: MessageEvent<{ requestId: number; suggestions: Suggestions }>) => {
    pending.get(event.data.requestId)?.resolve(event.data.suggestions);
    pending.delete(event.data.requestId);
  };
  // A worker that cannot load (a scheme that refuses module workers): answer what it was asked here.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const { text, resolve } of pending.values()) void onThisThread(text).then(resolve);
    pending.clear();
  };
  return worker;
}

/**
 * A text's rule suggestions, computed once per text in a Web Worker (1M characters take seconds:
 * never on the key path) and kept for the last few texts; the rules depend on the text alone,
 * so tagging never recomputes them.
 */
export function ruleSuggestions(documentId: string, text: string): Promise<Suggestions> {
  const cached = cache.get(documentId);
  if (cached) {
    cache.delete(documentId);
    cache.set(documentId, cached);
    return cached;
  }
  const running = assistWorker();
  const result = running
    ? new Promise<Suggestions>((resolve) => {
        const requestId = ++nextId;
        pending.set(requestId, { text, resolve });
        running.postMessage({ requestId, text });
      })
    : onThisThread(text);
  cache.set(documentId, result);
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHED_TEXTS) break;
    cache.delete(oldest);
  }
  return result;
}
