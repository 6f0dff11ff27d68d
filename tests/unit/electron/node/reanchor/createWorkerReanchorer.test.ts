import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { reanchorAnnotations } from '@shared/review/reanchor';
import { createWorkerReanchorer, ReanchorCancelled, reanchorInProcess } from '../../../../../electron/node/reanchor/createWorkerReanchorer';

const ENTRY = new URL('../../../../../electron/node/reanchor/reanchorWorker.ts', import.meta.url);

/** A German-like text of `length` characters from a fixed word list (deterministic). */
function germanText(length: number): string {
  const words = ['der', 'Kanzler', 'sagte', 'am', 'Montag', 'in', 'Berlin', 'dass', 'die', 'Regierung', 'handeln', 'werde', 'und', 'Müller', 'erklärte', '👍🏽', 'Mu\u0308ller'];
  let seed = 7;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const parts: string[] = [];
  for (let n = 0; n < length; ) {
    const word = words[Math.floor(next() * words.length)] as string;
    parts.push(word);
    n += word.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

/** `count` spans of `length` characters over `text` (no astral characters in this text's spans' offsets matter: offsets are code points). */
function spans(text: string, count: number, length: number): Annotation[] {
  const cps = [...text];
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor((i * (cps.length - length)) / count);
    return { id: `a${i}`, label: 'claim', start, end: start + length, text: cps.slice(start, start + length).join(''), annotator: 'jonas' };
  });
}

/** The text with a word inserted in the middle of every span, so each must be placed approximately. */
function editedInside(text: string, annotations: readonly Annotation[]): string {
  const cps = [...text];
  for (const a of [...annotations].reverse()) cps.splice(Math.floor((a.start + a.end) / 2), 0, ...'EINGEFÜGT ');
  return `Vorspann. ${cps.join('')}`;
}

describe('createWorkerReanchorer', () => {
  it('places the annotations in a worker exactly as on the calling thread (emoji and NFD umlaut in the text)', async () => {
    const text = germanText(20_000);
    const annotations = spans(text, 40, 60);
    const edited = editedInside(text, annotations.slice(0, 10));
    const progress: number[] = [];
    const inWorker = await createWorkerReanchorer({ entry: ENTRY })(annotations, edited, { oldText: text }, (done) => progress.push(done));
    expect(inWorker).toEqual(reanchorAnnotations(annotations, edited, { oldText: text }));
    expect(inWorker[0]!.annotation).toBe(annotations[0]);
    expect(progress.at(-1)).toBe(40);
    expect(await reanchorInProcess(annotations, edited, { oldText: text })).toEqual(inWorker);
  }, 60_000);

  it('keeps the calling thread free while a large re-anchoring runs', async () => {
    const text = germanText(300_000);
    const annotations = spans(text, 30, 3000);
    const edited = editedInside(text, annotations);
    // Timer ticks every 10 ms measure how long the calling thread was ever blocked.
    let last = performance.now();
    let worstGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const results = await createWorkerReanchorer({ entry: ENTRY })(annotations, edited, { oldText: text });
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(results.filter((r) => r.status === 'fuzzy')).toHaveLength(30);
    // Placed on this thread, the job would hold the timer for all of `took`; in the worker the
    // thread only ever waits for a batch of results (a share of `took` even on a loaded machine).
    expect(took).toBeGreaterThan(500);
    expect(worstGap).toBeLessThan(took / 3);
  }, 120_000);

  it('stops at its time budget and lists what it did not place as orphaned, never dropping a span', async () => {
    const text = germanText(300_000);
    const annotations = spans(text, 400, 3000);
    const edited = editedInside(text, annotations);
    const started = performance.now();
    const results = await createWorkerReanchorer({ entry: ENTRY, budgetMs: 1500 })(annotations, edited, { oldText: text });
    expect(performance.now() - started).toBeLessThan(1500 + 1000);
    expect(results).toHaveLength(400);
    expect(results.map((r) => r.annotation)).toEqual(annotations);
    expect(results.at(-1)).toEqual({ annotation: annotations.at(-1), status: 'orphaned' });
  }, 60_000);

  it('stops at once when cancelled mid-job and rejects without partial results; an aborted signal never starts', async () => {
    const text = germanText(300_000);
    const annotations = spans(text, 400, 3000);
    const edited = editedInside(text, annotations);
    const controller = new AbortController();
    const progress: number[] = [];
    const reanchor = createWorkerReanchorer({ entry: ENTRY });
    const job = reanchor(annotations, edited, { oldText: text }, (done) => {
      progress.push(done);
      if (progress.length === 1) controller.abort();
    }, controller.signal);
    await expect(job).rejects.toBeInstanceOf(ReanchorCancelled);
    expect(progress).toHaveLength(1);
    expect(progress[0]).toBeLessThan(400);
    await expect(reanchor(annotations, edited, {}, undefined, AbortSignal.abort())).rejects.toBeInstanceOf(ReanchorCancelled);
    await expect(reanchorInProcess(annotations, edited, {}, undefined, AbortSignal.abort())).rejects.toBeInstanceOf(ReanchorCancelled);
  }, 60_000);
});
