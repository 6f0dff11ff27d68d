import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { AgreementCountsSchema } from '@shared/agreement/agreementCountsSchema';
import { agreementCounts } from '@shared/agreement/agreementCounts';
import { agreementReportOf } from '@shared/agreement/agreementReportOf';
import { labelEntry } from '@shared/agreement/labelRecord';
import { alignAnnotations } from '@shared/review/alignAnnotations';
import { decisionFor, setDecision } from '@shared/review/reviewDecisions';
import { recordedDecisions, reviewDecide } from '../../../../../renderer/features/review/reviewDecide';
import { resolutionOf } from '../../../../../renderer/features/review/resolutionLayer';

/** Labels, annotators and ids that are names of Object.prototype's members, plus an emoji and an NFD umlaut. */
const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', '👍🏽', 'Mu\u0308ller'] as const;
const TEXT = `Text ${HOSTILE.map((h, i) => `Wort${i} ${h}`).join(' ')} Ende.`;
const cps = [...TEXT];

/** A tag over the i-th hostile word, with a hostile label, id and annotator. */
function tag(i: number, annotator: string, label = HOSTILE[i]!): Annotation {
  const word = HOSTILE[i]!;
  const start = cps.indexOf(' ', [...TEXT.slice(0, TEXT.indexOf(`Wort${i} `))].length) + 1;
  const end = start + [...word].length;
  expect(cps.slice(start, end).join('')).toBe(word);
  return { id: HOSTILE[(i + 1) % HOSTILE.length]!, label, start, end, text: word, annotator };
}

const tools = { newId: (() => { let n = 0; return () => `new-${++n}`; })(), now: '2026-12-06T12:00:00.000Z', annotator: 'toString' };

describe('review with hostile labels, annotators and ids (constructor, __proto__, toString …)', () => {
  const mine = [tag(0, 'toString'), tag(1, 'toString')];
  const theirs = HOSTILE.map((_, i) => tag(i, '__proto__'));

  it('no row counts as decided before a decision, whatever its id', () => {
    const rows = alignAnnotations(mine, theirs);
    const none = recordedDecisions(rows, {});
    for (const row of rows) expect(decisionFor(none, row.id)).toBeUndefined();
    for (const key of HOSTILE) expect(decisionFor(none, key)).toBeUndefined();
    expect(setDecision(none, '__proto__', undefined)).toBe(none);
  });

  it('"merge all from __proto__" adds every only-theirs tag, records each decision, and a second merge decides nothing', () => {
    const merged = reviewDecide(mine, theirs, {}, { kind: 'merge-all', annotator: '__proto__' }, tools);
    expect(merged?.decided).toBe(HOSTILE.length);
    expect(merged?.next.map((a) => a.label).sort()).toEqual([...HOSTILE].sort());
    const rows = alignAnnotations(mine, theirs);
    for (const row of rows) expect(resolutionOf(merged!.resolutions, row)).toBe('accept-theirs');
    expect(Object.getPrototypeOf(merged!.resolutions)).toBeNull();
    expect(reviewDecide(merged!.next, theirs, merged!.resolutions, { kind: 'merge-all', annotator: '__proto__' }, tools)).toBeUndefined();
  });

  it('a decision on the row whose id is "__proto__" is kept under that id and nothing else', () => {
    const row = alignAnnotations(mine, theirs).find((r) => r.id.includes('__proto__'))!;
    const decided = setDecision({}, row.id, 'reject');
    expect(Object.keys(decided)).toEqual([row.id]);
    expect(decisionFor(decided, row.id)).toBe('reject');
    expect(decisionFor(decided, 'constructor')).toBeUndefined();
  });

  it('agreement per label lists every hostile label, also after crossing IPC (structured clone + schema)', () => {
    const counts = agreementCounts({ text: TEXT, reference: mine, compared: theirs }, [...HOSTILE]);
    const crossed = AgreementCountsSchema.parse(structuredClone(counts));
    for (const sent of [counts, crossed]) {
      const report = agreementReportOf(sent);
      expect(Object.keys(report.exactSpan.perLabel)).toEqual([...HOSTILE]);
      expect(labelEntry(report.exactSpan.perLabel, 'constructor')).toMatchObject({ tp: 1, nA: 1, nB: 1 });
      expect(labelEntry(report.exactSpan.perLabel, '__proto__')).toMatchObject({ tp: 1, nA: 1, nB: 1 });
      expect(labelEntry(report.exactSpan.perLabel, 'toString')).toMatchObject({ tp: 0, nA: 0, nB: 1 });
      expect(labelEntry(report.charKappa.perLabel, 'Mu\u0308ller').kappa).not.toBeNaN();
    }
  });
});
