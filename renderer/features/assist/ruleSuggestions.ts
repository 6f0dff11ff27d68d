import { suggestRules } from '@shared/assist/suggestRules';
import { suggestRulesNear } from '@shared/assist/suggestRulesNear';
import type { Suggestions } from '@shared/assist/suggestion';

/** How many texts' rule suggestions the window keeps: switching back to a recent document shows them at once. */
const CACHED_TEXTS = 4;

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, { run(): Suggestions; resolve(s: Suggestions): void; received: Suggestions['annotations'][number][] }>();
const cache = new Map<string, Promise<Suggestions>>();
/** The documents whose text the worker holds, oldest first (at most `CACHED_TEXTS`). */
const held: string[] = [];

/** Where a worker cannot run, after the current frame on this thread instead. */
function onThisThread(run: () => Suggestions): Promise<Suggestions> {
  const idle = (job: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(job, { timeout: 500 }) : setTimeout(job, 0));
  return new Promise((resolve) => idle(() => resolve(run())));
}

/** Asks the worker (or this thread, where none runs) for `near`'s or the whole text's rule suggestions; the worker answers in the order asked. */
function ask(documentId: string, text: string, near?: { start: number; end: number }): Promise<Suggestions> {
  const run = () => (near ? suggestRulesNear(text, near.start, near.end) : suggestRules(text));
  const running = assistWorker();
  if (!running) return onThisThread(run);
  return new Promise<Suggestions>((resolve) => {
    const requestId = ++nextId;
    pending.set(requestId, { run, resolve, received: [] });
    // A text not handed over yet goes along (copied: a 1M text costs milliseconds in this task).
    running.postMessage({ requestId, documentId, ...(held.includes(documentId) ? {} : { text }), ...(near ? { near } : {}) });
  });
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
  // The answer comes in slices (each read in a short task); the request resolves with all of them joined.
  worker.onmessage = (event: MessageEvent<{ requestId: number; annotations: Suggestions['annotations']; relations: Suggestions['relations']; done: boolean }>) => {
    const { requestId, annotations, relations, done } = event.data;
    const request = pending.get(requestId);
    if (!request) return;
    for (const s of annotations) request.received.push(s);
    if (!done) return;
    pending.delete(requestId);
    request.resolve({ annotations: request.received, relations });
  };
  // A worker that cannot load (a scheme that refuses module workers): answer what it was asked here.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    held.length = 0;
    for (const { run, resolve } of pending.values()) void onThisThread(run).then(resolve);
    pending.clear();
  };
  return worker;
}

/** Starts the worker ahead of the first S and has it run the rules once on a short text (loading its module and the rules' first run take hundreds of ms), so the first screen's suggestions are not held up by either. */
export function warmAssistWorker(): void {
  const started = worker === undefined;
  const running = assistWorker();
  if (started) running?.postMessage({ warm: true });
}

/**
 * Hands a document's text to the worker ahead of S (when the window is idle after the open), so
 * S's requests name it instead of copying it: structured-cloning a 1M text in S's key costs
 * milliseconds. The worker keeps the last `CACHED_TEXTS`; nothing happens where no worker runs.
 */
export function handTextToWorker(documentId: string, text: string): void {
  if (held.includes(documentId)) return;
  const running = assistWorker();
  if (!running) return;
  running.postMessage({ hold: { documentId, text } });
  held.push(documentId);
  while (held.length > CACHED_TEXTS) running.postMessage({ forget: held.shift() });
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
  const result = ask(documentId, text);
  cache.set(documentId, result);
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHED_TEXTS) break;
    cache.delete(oldest);
  }
  return result;
}

/**
 * The rule suggestions of the paragraphs around `near()` (code points, read only when asked)
 * when the whole text's are not known yet (asked before them, so the worker answers these
 * first, in milliseconds), or null when they are cached: the first screen is drawn while the
 * rest is computed.
 */
export function ruleSuggestionsNear(documentId: string, text: string, near: () => { start: number; end: number }): Promise<Suggestions> | null {
  return cache.has(documentId) ? null : ask(documentId, text, near());
}
