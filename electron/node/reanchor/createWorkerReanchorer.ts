import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { Annotation } from '@shared/annotation/annotation';
import { LIMITS } from '@shared/limits/limits';
import { reanchorAnnotations, type ReanchorOptions, type ReanchorResult } from '@shared/review/reanchor';
import type { ReanchorJob } from './reanchorJob';

/** How far a re-anchoring job has come: annotations placed so far of all. */
export type ReanchorProgress = (done: number, total: number) => void;

/**
 * Places a colleague's annotations on my text (see reanchorAnnotations), one result per
 * annotation in input order; `onProgress` hears how far it has come; when `signal` aborts, the
 * job stops and the promise rejects with ReanchorCancelled (no partial results).
 */
export type Reanchorer = (
  annotations: readonly Annotation[],
  newText: string,
  options?: ReanchorOptions,
  onProgress?: ReanchorProgress,
  signal?: AbortSignal,
) => Promise<ReanchorResult[]>;

/** A re-anchoring job the user stopped: nothing of it is kept. */
export class ReanchorCancelled extends Error {
  constructor() {
    super('Re-anchoring was cancelled; nothing was kept.');
    this.name = 'ReanchorCancelled';
  }
}

/** Re-anchors on the calling thread: for tests and tools where no window waits on that thread. */
export const reanchorInProcess: Reanchorer = async (annotations, newText, options = {}, onProgress, signal) => {
  if (signal?.aborted) throw new ReanchorCancelled();
  const results = reanchorAnnotations(annotations, newText, options);
  onProgress?.(results.length, annotations.length);
  return results;
};

const WorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('results'), results: z.array(z.custom<ReanchorResult>((r) => typeof r === 'object' && r !== null && 'status' in r)) }),
  z.object({ type: z.literal('done') }),
]);

/** Starts the worker; a TypeScript entry (a source checkout: tests, the chromium host) is loaded through tsx. */
function startWorker(entry: URL, job: ReanchorJob): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: job });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
  return new Worker(boot, { eval: true, workerData: job });
}

/**
 * Re-anchors in a worker thread (entry: `reanchorWorker`), so a colleague's hostile set (huge
 * spans, a long text) never blocks the thread that serves the window. The job gets `budgetMs`:
 * when it runs out the worker is stopped, and the annotations not placed by then are listed as
 * orphaned (never dropped), so an import always ends and says what it could not place. An abort
 * stops the worker at once and rejects: the caller keeps none of the job.
 */
export function createWorkerReanchorer(deps: { entry: URL; budgetMs?: number }): Reanchorer {
  const budgetMs = deps.budgetMs ?? LIMITS.reanchorBudgetMs;
  return (annotations, newText, options = {}, onProgress, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new ReanchorCancelled());
      const job: ReanchorJob = { annotations: [...annotations], newText, options: { ...(options.oldText !== undefined && { oldText: options.oldText }), ...(options.minScore !== undefined && { minScore: options.minScore }) } };
      const results: ReanchorResult[] = [];
      const worker = startWorker(deps.entry, job);
      let settled = false;
      const finish = (error?: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        void worker.terminate();
        if (error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve([...results, ...annotations.slice(results.length).map((annotation): ReanchorResult => ({ annotation, status: 'orphaned' }))]);
      };
      const timer = setTimeout(() => finish(), budgetMs);
      const cancel = () => finish(new ReanchorCancelled());
      signal?.addEventListener('abort', cancel, { once: true });
      worker.on('message', (raw: unknown) => {
        const message = WorkerMessageSchema.safeParse(raw);
        if (!message.success) return finish(new Error('The re-anchoring worker sent an unexpected message.'));
        if (message.data.type === 'done') return finish();
        // The worker's results carry copies of the annotations: hand back the caller's own objects.
        for (const r of message.data.results) results.push({ ...r, annotation: annotations[results.length] as Annotation });
        onProgress?.(results.length, annotations.length);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`The re-anchoring worker stopped early (exit code ${code}).`));
      });
    });
}
