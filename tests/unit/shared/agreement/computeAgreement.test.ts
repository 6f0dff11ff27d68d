import { describe, expect, it } from 'vitest';
import { computeAgreement } from '@shared/agreement/computeAgreement';
import type { AgreementDocument } from '@shared/agreement/agreementCounts';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import { codePointSlice } from '@shared/text/offsetConverter';

type Span = { id: string; label: string; start: number; end: number; quote: string };
const span = (id: string, label: string, start: number, end: number, quote: string): Span => ({ id, label, start, end, quote });

/*
 * Document 1 — an emoji (two UTF-16 units, one code point) before every span, so a code unit
 * implementation is off by one everywhere. Code points:
 *   0 😀  1 ␠  2 A 3 n 4 n 5 a  6 ␠  7 s 8 a 9 g 10 t 11 :  12 ␠  13 B 14 o 15 n 16 n  17 ␠
 *   18 i 19 s 20 t  21 ␠  22 g 23 r 24 o 25 ß 26 .          (27 code points, 28 UTF-16 units)
 * Whitespace at 1, 6, 12, 17, 21 → N = 22 kappa positions.
 */
const TEXT1 = '😀 Anna sagt: Bonn ist groß.';
const A1: Span[] = [
  span('a1', 'actor', 2, 6, 'Anna'),
  span('a2', 'actor', 13, 17, 'Bonn'),
  span('a3', 'claim', 13, 27, 'Bonn ist groß.'),
  span('a4', 'quote', 7, 27, 'sagt: Bonn ist groß.'), // overlaps a3 (other label) and nests a2
];
const B1: Span[] = [
  span('b1', 'actor', 0, 6, '😀 Anna'),
  span('b2', 'actor', 2, 6, 'Anna'), // exact match of a1, yet overlap pairing gives a1 to b1 (tie rule)
  span('b3', 'actor', 13, 20, 'Bonn is'),
  span('b5', 'claim', 7, 15, 'sagt: Bo'), // earlier than b4 but smaller overlap with a3 (2 < 13)
  span('b4', 'claim', 13, 26, 'Bonn ist groß'),
  span('b6', 'date', 18, 21, 'ist'),
];

/* Document 2 — "👍🏽" is two astral code points (thumb + skin tone): 0 👍 1 🏽 2 ␠ 3 K 4 i 5 e 6 l; N = 6. */
const TEXT2 = '👍🏽 Kiel';
const A2: Span[] = [span('x1', 'actor', 3, 7, 'Kiel')];
const B2: Span[] = [span('y1', 'actor', 3, 7, 'Kiel')];

const doc = (text: string, a: Span[], b: Span[]): AgreementDocument => ({ text, reference: a, compared: b });

describe('the hand-computed tables are set up in code points', () => {
  it.each([...A1, ...B1].map((s) => [s.id, s] as const))('%s quotes what the table says', (_id, s) => {
    expect(codePointSlice(TEXT1, s.start, s.end)).toBe(s.quote);
  });
  it('document 2 as well', () => {
    expect(codePointSlice(TEXT2, 3, 7)).toBe('Kiel');
    expect(TEXT2.length).toBe(7 + 2); // two astral code points → two extra UTF-16 units
  });
});

describe('computeAgreement on document 1 (A = reference)', () => {
  const report = computeAgreement([doc(TEXT1, A1, B1)], LABEL_IDS);

  it('has exactly the documented shape, all four labels in label-set order', () => {
    expect(Object.keys(report)).toEqual(['exactSpan', 'overlap', 'charKappa', 'relations']);
    expect(Object.keys(report.exactSpan.perLabel)).toEqual(['claim', 'quote', 'date', 'actor']);
    expect(Object.keys(report.exactSpan.micro)).toEqual(['tp', 'nA', 'nB', 'precision', 'recall', 'f1']);
    expect(Object.keys(report.charKappa)).toEqual(['positions', 'perLabel']);
    expect(Object.keys(report.charKappa.perLabel.claim ?? {})).toEqual(['kappa', 'observed', 'expected', 'both', 'onlyA', 'onlyB', 'neither']);
  });

  it('exact-span P/R/F1', () => {
    /*
     * claim: A {[13,27)}  B {[7,15),[13,26)}        tp 0, nA 1, nB 2 → P 0/2, R 0/1, F1 0/3
     * quote: A {[7,27)}   B {}                       tp 0, nA 1, nB 0 → P null, R 0, F1 0/1
     * date:  A {}         B {[18,21)}                tp 0, nA 0, nB 1 → P 0, R null, F1 0/1
     * actor: A {[2,6),[13,17)} B {[0,6),[2,6),[13,20)} tp 1 (Anna) → P 1/3, R 1/2, F1 2/5
     * micro: tp 1, nA 4, nB 6 → P 1/6, R 1/4, F1 2/10
     */
    expect(report.exactSpan).toEqual({
      perLabel: {
        claim: { tp: 0, nA: 1, nB: 2, precision: 0, recall: 0, f1: 0 },
        quote: { tp: 0, nA: 1, nB: 0, precision: null, recall: 0, f1: 0 },
        date: { tp: 0, nA: 0, nB: 1, precision: 0, recall: null, f1: 0 },
        actor: { tp: 1, nA: 2, nB: 3, precision: 1 / 3, recall: 1 / 2, f1: 2 / 5 },
      },
      micro: { tp: 1, nA: 4, nB: 6, precision: 1 / 6, recall: 1 / 4, f1: 2 / 10 },
    });
  });

  it('overlap P/R/F1 with greedy largest-overlap pairing', () => {
    /*
     * actor candidates: a1–b1 4, a1–b2 4, a2–b3 4 ([13,17)∩[13,20)). All tie at 4 → earlier A
     *   first (a1), within a1 the earlier B (b1 [0,6) before b2 [2,6)): a1–b1; a1–b2 skipped (a1
     *   used); a2–b3. tp 2, nA 2, nB 3 → P 2/3, R 2/2, F1 4/5.
     * claim candidates: a3–b4 13, a3–b5 2 → a3–b4 (largest first, although b5 comes earlier).
     *   tp 1, nA 1, nB 2 → P 1/2, R 1, F1 2/3.
     * quote: nothing to pair (0,1,0); date: (0,0,1).
     * micro: tp 3, nA 4, nB 6 → P 3/6, R 3/4, F1 6/10.
     */
    expect(report.overlap).toEqual({
      perLabel: {
        claim: { tp: 1, nA: 1, nB: 2, precision: 1 / 2, recall: 1, f1: 2 / 3 },
        quote: { tp: 0, nA: 1, nB: 0, precision: null, recall: 0, f1: 0 },
        date: { tp: 0, nA: 0, nB: 1, precision: 0, recall: null, f1: 0 },
        actor: { tp: 2, nA: 2, nB: 3, precision: 2 / 3, recall: 1, f1: 4 / 5 },
      },
      micro: { tp: 3, nA: 4, nB: 6, precision: 3 / 6, recall: 3 / 4, f1: 6 / 10 },
    });
  });

  it('character-level kappa per label over the 22 non-whitespace code points', () => {
    /*
     * κ = (N·agree − chance) / (N² − chance), chance = a1·b1 + a0·b0, N = 22, N² = 484.
     * claim: A {13..16,18..20,22..26} (12); B = b5 {7..11,13,14} ∪ b4 {13..16,18..20,22..25} (16)
     *   both 11, onlyA 1 (26 '.'), onlyB 5 (7..11), neither 5 (0,2..5)
     *   chance = 12·16 + 10·6 = 252; agree = 16 → κ = (352 − 252)/(484 − 252) = 100/232 = 25/58
     * quote: A = 17 positions (7..26 minus 12,17,21), B none → both 0, onlyA 17, onlyB 0, neither 5
     *   chance = 0 + 5·22 = 110; agree 5 → κ = (110 − 110)/374 = 0
     * date: A none, B {18,19,20} → 0, 0, 3, 19; chance = 0 + 22·19 = 418; agree 19 → κ = 0/66 = 0
     * actor: A {2..5,13..16} (8); B {0,2..5} ∪ {13..16,18,19} (11)
     *   both 8, onlyA 0, onlyB 3 (0 = 😀, 18, 19), neither 11
     *   chance = 8·11 + 14·11 = 242; agree 19 → κ = (418 − 242)/(484 − 242) = 176/242 = 8/11
     */
    expect(report.charKappa).toEqual({
      positions: 22,
      perLabel: {
        claim: { kappa: 25 / 58, observed: 16 / 22, expected: 252 / 484, both: 11, onlyA: 1, onlyB: 5, neither: 5 },
        quote: { kappa: 0, observed: 5 / 22, expected: 110 / 484, both: 0, onlyA: 17, onlyB: 0, neither: 5 },
        date: { kappa: 0, observed: 19 / 22, expected: 418 / 484, both: 0, onlyA: 0, onlyB: 3, neither: 19 },
        actor: { kappa: 8 / 11, observed: 19 / 22, expected: 1 / 2, both: 8, onlyA: 0, onlyB: 3, neither: 11 },
      },
    });
  });

  it('swapping reference and compared swaps precision and recall but keeps F1 and kappa', () => {
    const swapped = computeAgreement([doc(TEXT1, B1, A1)], LABEL_IDS);
    expect(swapped.exactSpan.micro).toEqual({ tp: 1, nA: 6, nB: 4, precision: 1 / 4, recall: 1 / 6, f1: 2 / 10 });
    expect(swapped.charKappa.perLabel.actor?.kappa).toBe(8 / 11);
    expect(swapped.charKappa.perLabel.actor?.onlyA).toBe(3);
  });
});

describe('computeAgreement on document 2 and on the corpus {1, 2}', () => {
  it('document 2 alone: perfect actor agreement; unused labels are constant and equal → kappa 1', () => {
    /*
     * actor: both 4, neither 2, N 6: chance = 4·4 + 2·2 = 20, agree 6 → κ = (36 − 20)/(36 − 20) = 1,
     *   pe = 20/36. claim/quote/date: both sequences all 0 → pe = 1 → κ defined as 1.
     * Spans: only actor, 1/1/1 → P = R = F1 = 1; the other labels have no spans → all null.
     */
    const report = computeAgreement([doc(TEXT2, A2, B2)], LABEL_IDS);
    expect(report.charKappa.positions).toBe(6);
    expect(report.charKappa.perLabel.actor).toEqual({ kappa: 1, observed: 1, expected: 20 / 36, both: 4, onlyA: 0, onlyB: 0, neither: 2 });
    expect(report.charKappa.perLabel.date).toEqual({ kappa: 1, observed: 1, expected: 1, both: 0, onlyA: 0, onlyB: 0, neither: 6 });
    expect(report.exactSpan.perLabel.actor).toEqual({ tp: 1, nA: 1, nB: 1, precision: 1, recall: 1, f1: 1 });
    expect(report.exactSpan.perLabel.claim).toEqual({ tp: 0, nA: 0, nB: 0, precision: null, recall: null, f1: null });
  });

  it('corpus: counts are summed and kappa pools the 28 positions (not the mean of the documents)', () => {
    /*
     * exact actor: (1,2,3) + (1,1,1) = tp 2, nA 3, nB 4 → P 2/4, R 2/3, F1 4/7
     * exact micro: tp 2, nA 5, nB 7 → P 2/7, R 2/5, F1 4/12
     * overlap actor: (2,2,3) + (1,1,1) = 3,3,4 → P 3/4, R 1, F1 6/7; micro 4,5,7 → 4/7, 4/5, 8/12
     * kappa, N = 22 + 6 = 28, N² = 784:
     *   actor: 8+4, 0, 3, 11+2 = 12,0,3,13; a1 12, b1 15 → chance 180 + 16·13 = 388; agree 25
     *          κ = (700 − 388)/(784 − 388) = 312/396 = 26/33 (document mean would be (8/11 + 1)/2)
     *   claim: 11,1,5,5+6 = 11; a1 12, b1 16 → chance 192 + 16·12 = 384; agree 22
     *          κ = (616 − 384)/(784 − 384) = 232/400
     *   quote: 0,17,0,11 → chance 0 + 11·28 = 308; agree 11 → κ = 0/476 = 0
     *   date:  0,0,3,25 → chance 0 + 28·25 = 700; agree 25 → κ = 0/84 = 0
     */
    const report = computeAgreement([doc(TEXT1, A1, B1), doc(TEXT2, A2, B2)], LABEL_IDS);
    expect(report.exactSpan.perLabel.actor).toEqual({ tp: 2, nA: 3, nB: 4, precision: 2 / 4, recall: 2 / 3, f1: 4 / 7 });
    expect(report.exactSpan.micro).toEqual({ tp: 2, nA: 5, nB: 7, precision: 2 / 7, recall: 2 / 5, f1: 4 / 12 });
    expect(report.overlap.perLabel.actor).toEqual({ tp: 3, nA: 3, nB: 4, precision: 3 / 4, recall: 1, f1: 6 / 7 });
    expect(report.overlap.micro).toEqual({ tp: 4, nA: 5, nB: 7, precision: 4 / 7, recall: 4 / 5, f1: 8 / 12 });
    expect(report.charKappa.positions).toBe(28);
    expect(report.charKappa.perLabel).toEqual({
      claim: { kappa: 232 / 400, observed: 22 / 28, expected: 384 / 784, both: 11, onlyA: 1, onlyB: 5, neither: 11 },
      quote: { kappa: 0, observed: 11 / 28, expected: 308 / 784, both: 0, onlyA: 17, onlyB: 0, neither: 11 },
      date: { kappa: 0, observed: 25 / 28, expected: 700 / 784, both: 0, onlyA: 0, onlyB: 3, neither: 25 },
      actor: { kappa: 26 / 33, observed: 25 / 28, expected: 388 / 784, both: 12, onlyA: 0, onlyB: 3, neither: 13 },
    });
  });

  it('an empty corpus reports zero counts, null scores and null kappa', () => {
    const report = computeAgreement([], LABEL_IDS);
    expect(report.exactSpan.micro).toEqual({ tp: 0, nA: 0, nB: 0, precision: null, recall: null, f1: null });
    expect(report.charKappa.positions).toBe(0);
    expect(report.charKappa.perLabel.actor?.kappa).toBeNull();
  });
});

describe('kappa edge cases', () => {
  it('counts an NFD umlaut as two positions (letter + combining mark)', () => {
    /*
     * "Mu\u0308ller sagt": M u ◌̈ l l e r ␠ s a g t → 11 positions. A actor [0,7) "Müller",
     * B actor [0,2) "Mu": both 2, onlyA 5, onlyB 0, neither 4; a1 7, b1 2
     * chance = 7·2 + 4·9 = 50; agree 6 → κ = (66 − 50)/(121 − 50) = 16/71
     */
    const text = 'Mu\u0308ller sagt';
    const report = computeAgreement([doc(text, [span('a', 'actor', 0, 7, 'Mu\u0308ller')], [span('b', 'actor', 0, 2, 'Mu')])], LABEL_IDS);
    expect(report.charKappa.positions).toBe(11);
    expect(report.charKappa.perLabel.actor).toMatchObject({ kappa: 16 / 71, both: 2, onlyA: 5, onlyB: 0, neither: 4 });
  });

  it('is 1 when both cover everything, 0 when one covers everything and the other nothing', () => {
    const all = [span('a', 'actor', 0, 2, 'ab')];
    expect(computeAgreement([doc('ab', all, all)], LABEL_IDS).charKappa.perLabel.actor?.kappa).toBe(1);
    // po = 0, pe = 1·0 + 0·1 = 0 → κ = 0
    expect(computeAgreement([doc('ab', all, [])], LABEL_IDS).charKappa.perLabel.actor).toMatchObject({ kappa: 0, observed: 0, expected: 0 });
  });

  it('treats every JS \\s as whitespace (tab, NBSP, line separator, ideographic space) and has no positions in a blank text', () => {
    const report = computeAgreement([doc(' \t\n\u00a0\u2028\u3000', [], [])], LABEL_IDS);
    expect(report.charKappa.positions).toBe(0);
    expect(report.charKappa.perLabel.claim).toEqual({ kappa: null, observed: null, expected: null, both: 0, onlyA: 0, onlyB: 0, neither: 0 });
  });

  it('rejects a span that reaches past the text (in code points) instead of clipping it', () => {
    // '😀x' has 2 code points but 3 UTF-16 units: [0,3) is past the end.
    expect(() => computeAgreement([doc('😀x', [span('a', 'actor', 0, 3, '')], [])], LABEL_IDS)).toThrow(RangeError);
  });

  it('ignores spans whose label is not in the label set and rejects a label set with duplicates', () => {
    const report = computeAgreement([doc('ab', [span('a', 'topic', 0, 2, 'ab')], [])], LABEL_IDS);
    expect(report.exactSpan.micro.nA).toBe(0);
    expect(() => computeAgreement([], ['actor', 'actor'])).toThrow(/duplicate label/);
  });

  it('matches duplicate exact spans at most once each', () => {
    const twice = [span('a', 'date', 0, 2, 'ab'), span('b', 'date', 0, 2, 'ab')];
    const once = [span('c', 'date', 0, 2, 'ab')];
    const report = computeAgreement([doc('ab', twice, once)], LABEL_IDS);
    expect(report.exactSpan.perLabel.date).toEqual({ tp: 1, nA: 2, nB: 1, precision: 1, recall: 1 / 2, f1: 2 / 3 });
    expect(report.overlap.perLabel.date?.tp).toBe(1);
  });
});
