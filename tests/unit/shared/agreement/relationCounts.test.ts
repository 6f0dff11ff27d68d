import { describe, expect, it } from 'vitest';
import { agreementCounts, sumAgreementCounts } from '@shared/agreement/agreementCounts';
import { agreementReportOf } from '@shared/agreement/agreementReportOf';
import { relationCounts } from '@shared/agreement/relationCounts';

const TYPES = ['source', 'target', 'time'];
// Code points: "😀 Anna" is 6, the NFD "Mu\u0308ller" 7; both sides tag the same spans under their own ids.
const tags = (p: string) => [
  { id: `${p}quote`, label: 'quote', start: 0, end: 6 },
  { id: `${p}actor`, label: 'actor', start: 7, end: 14 },
  { id: `${p}date`, label: 'date', start: 20, end: 29 },
  { id: `${p}claim`, label: 'claim', start: 30, end: 40 },
];
const rel = (p: string, type: string, from: string, to: string) => ({ type, from: `${p}${from}`, to: `${p}${to}` });

describe('relationCounts', () => {
  it.each([
    ['the same relation under other ids matches (😀 quote → NFD Mu\u0308ller)', [rel('a', 'source', 'quote', 'actor')], [rel('b', 'source', 'quote', 'actor')], { source: { tp: 1, nA: 1, nB: 1 } }],
    ['another type does not match', [rel('a', 'source', 'claim', 'actor')], [rel('b', 'target', 'claim', 'actor')], { source: { tp: 0, nA: 1, nB: 0 }, target: { tp: 0, nA: 0, nB: 1 } }],
    ['another end does not match', [rel('a', 'time', 'claim', 'date')], [rel('b', 'time', 'quote', 'date')], { time: { tp: 0, nA: 1, nB: 1 } }],
    ['a duplicate matches once', [rel('a', 'source', 'quote', 'actor')], [rel('b', 'source', 'quote', 'actor'), rel('b', 'source', 'quote', 'actor')], { source: { tp: 1, nA: 1, nB: 2 } }],
    ['a relation with a missing end is not counted', [rel('a', 'source', 'gone', 'actor')], [], {}],
  ])('%s', (_name, a, b, expected) => {
    const zero = { tp: 0, nA: 0, nB: 0 };
    expect(relationCounts({ annotations: tags('a'), relations: a }, { annotations: tags('b'), relations: b }, TYPES)).toEqual({ source: zero, target: zero, time: zero, ...expected });
  });

  it('a different span or label at an end is a different relation', () => {
    const moved = tags('b').map((t) => (t.label === 'actor' ? { ...t, end: 13 } : t));
    const counts = relationCounts({ annotations: tags('a'), relations: [rel('a', 'source', 'quote', 'actor')] }, { annotations: moved, relations: [rel('b', 'source', 'quote', 'actor')] }, TYPES);
    expect(counts.source).toEqual({ tp: 0, nA: 1, nB: 1 });
  });
});

describe('relation agreement in the report', () => {
  it('sums over documents and scores per type and micro; no relations gives null precision and recall', () => {
    const doc = {
      text: '😀 Anna Mu\u0308ller sagt am Montag, es sei gut so.',
      reference: tags('a'),
      compared: tags('b'),
      referenceRelations: [rel('a', 'source', 'quote', 'actor'), rel('a', 'time', 'claim', 'date')],
      comparedRelations: [rel('b', 'source', 'quote', 'actor')],
    };
    const labels = ['claim', 'quote', 'date', 'actor'];
    const report = agreementReportOf(sumAgreementCounts(labels, [agreementCounts(doc, labels), agreementCounts({ ...doc, referenceRelations: undefined, comparedRelations: undefined }, labels)]));
    expect(report.relations.perType.source).toEqual({ tp: 1, nA: 1, nB: 1, precision: 1, recall: 1, f1: 1 });
    expect(report.relations.perType.time).toEqual({ tp: 0, nA: 1, nB: 0, precision: null, recall: 0, f1: 0 });
    expect(report.relations.perType.target).toEqual({ tp: 0, nA: 0, nB: 0, precision: null, recall: null, f1: null });
    expect(report.relations.micro).toEqual({ tp: 1, nA: 2, nB: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
  });
});
