import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { suggestRules } from '@shared/assist/suggestRules';
import { suggestRulesNear } from '@shared/assist/suggestRulesNear';

// The window's side (ruleSuggestions) talks to the real worker module (suggestWorker), run in this
// thread behind a Worker double that delivers each message in a later task, as a real one would.

const TEXT_A = '😀 „Wir bleiben dabei“, sagte Ministerin Anna Kru\u0308ger am Dienstag.\nAm Mittwoch kam Olaf Scholz.';
const TEXT_B = 'Laut dpa will der Präsident bis Mitte 2027 entscheiden, so Olaf Scholz. 📰 Am Freitag sagte Jo\u0308rg Meier: „Gut.“';

/** What the window posted to the worker, in order (the text, when one went along, as its length). */
let posted: Record<string, unknown>[] = [];

class WorkerDouble {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage(data: unknown): void };
  constructor() {
    this.scope = { onmessage: null, postMessage: (data) => void setTimeout(() => this.onmessage?.({ data }), 0) };
    vi.stubGlobal('self', this.scope);
  }
  postMessage(data: Record<string, unknown>) {
    const hold = data.hold as { documentId: string; text: string } | undefined;
    posted.push({ ...data, ...(typeof data.text === 'string' ? { text: data.text.length } : {}), ...(hold ? { hold: hold.documentId } : {}) });
    setTimeout(() => this.scope.onmessage?.({ data }), 0);
  }
  terminate() {}
}

/** A fresh window module and worker module (their state is per window), wired to each other. */
async function fresh() {
  vi.resetModules();
  vi.stubGlobal('Worker', WorkerDouble);
  const window = await import('../../../../../renderer/features/assist/ruleSuggestions');
  window.warmAssistWorker();
  await import('../../../../../renderer/features/assist/suggestWorker');
  return window;
}

beforeEach(() => {
  posted = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ruleSuggestions', () => {
  it('a text handed to the worker ahead of S is not sent again: the requests name it, and the answers are that text’s suggestions', async () => {
    const { handTextToWorker, ruleSuggestions, ruleSuggestionsNear } = await fresh();
    handTextToWorker('doc-a', TEXT_A);
    handTextToWorker('doc-a', TEXT_A);
    const near = ruleSuggestionsNear('doc-a', TEXT_A, () => ({ start: 0, end: 10 }));
    const whole = ruleSuggestions('doc-a', TEXT_A);
    expect(await near).toEqual(suggestRulesNear(TEXT_A, 0, 10));
    expect(await whole).toEqual(suggestRules(TEXT_A));
    expect(posted).toEqual([{ warm: true }, { hold: 'doc-a' }, { requestId: 1, documentId: 'doc-a', near: { start: 0, end: 10 } }, { requestId: 2, documentId: 'doc-a' }]);
    // Known now: the first screen is not asked for again, and the range is not even measured.
    expect(ruleSuggestionsNear('doc-a', TEXT_A, () => expect.unreachable('measured'))).toBeNull();
  });

  it('a text the worker does not hold goes along with its request; the worker keeps four texts and the window knows which', async () => {
    const { handTextToWorker, ruleSuggestions } = await fresh();
    expect(await ruleSuggestions('doc-b', TEXT_B)).toEqual(suggestRules(TEXT_B));
    expect(posted.at(-1)).toEqual({ requestId: 1, documentId: 'doc-b', text: TEXT_B.length });
    for (const id of ['1', '2', '3', '4', '5']) handTextToWorker(`doc-${id}`, `${id}: ${TEXT_A}`);
    expect(posted.filter((m) => 'forget' in m)).toEqual([{ forget: 'doc-1' }]);
    // doc-1 was forgotten: its text goes along again; doc-5 is held: named only.
    const [one, five] = await Promise.all([ruleSuggestions('doc-1', `1: ${TEXT_A}`), ruleSuggestions('doc-5', `5: ${TEXT_A}`)]);
    expect(one).toEqual(suggestRules(`1: ${TEXT_A}`));
    expect(five).toEqual(suggestRules(`5: ${TEXT_A}`));
    expect(posted.slice(-2)).toEqual([
      { requestId: 2, documentId: 'doc-1', text: `1: ${TEXT_A}`.length },
      { requestId: 3, documentId: 'doc-5' },
    ]);
  });
});
