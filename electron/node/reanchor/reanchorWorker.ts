/**
 * Worker-thread entry of re-anchoring: receives one job (a colleague's annotations, my text and
 * the options), places the annotations one by one and posts the results in batches about every
 * 50 ms, so the thread that started it stays free and can show progress or stop it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createReanchorer } from '@shared/review/reanchor';
import { ReanchorJobSchema } from './reanchorJob';

const BATCH_MS = 50;

const job = ReanchorJobSchema.parse(workerData);
const place = createReanchorer(job.newText, job.options);
let batch: unknown[] = [];
let sent = performance.now();
for (const annotation of job.annotations) {
  batch.push(place(annotation));
  if (performance.now() - sent >= BATCH_MS) {
    parentPort?.postMessage({ type: 'results', results: batch });
    batch = [];
    sent = performance.now();
  }
}
parentPort?.postMessage({ type: 'results', results: batch });
parentPort?.postMessage({ type: 'done' });
