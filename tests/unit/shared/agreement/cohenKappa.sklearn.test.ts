import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgreement } from '@shared/agreement/computeAgreement';
import { LABEL_IDS } from '@shared/annotation/labelSet';

/*
 * Cross-check of the character-level kappa with scikit-learn's cohen_kappa_score (Debian's
 * python3-sklearn). The binary sequences are built here independently and naively (one array
 * element per code point, `some` over the spans), sent as JSON on stdin, and sklearn's kappa
 * must equal ours to 1e-12. Degenerate cases (both constant and equal) are excluded: sklearn
 * returns NaN there, Tagwerk reports 1 (full agreement on a single category) — that case is checked by hand in computeAgreement.test.
 */
const PYTHON = '/usr/bin/python3';
const SCRIPT = `
import json, math, sys
from sklearn.metrics import cohen_kappa_score
cases = json.load(sys.stdin)
print(json.dumps([float(cohen_kappa_score(c["a"], c["b"], labels=[0, 1])) for c in cases]))
`;

function sklearnUnavailable(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} cannot be run (${probe.error.message})`;
  if (probe.status !== 0) return `scikit-learn is not importable by ${PYTHON} (apt-get install python3-sklearn): ${probe.stderr.trim().split('\n').pop() ?? ''}`;
  return undefined;
}

type Span = { id: string; label: string; start: number; end: number };
type Doc = { text: string; reference: Span[]; compared: Span[] };

/** The naive reference: one bit per non-whitespace code point. */
function bits(text: string, spans: Span[], label: string): number[] {
  const out: number[] = [];
  Array.from(text).forEach((ch, i) => {
    if (/\s/.test(ch)) return;
    out.push(spans.some((s) => s.label === label && s.start <= i && i < s.end) ? 1 : 0);
  });
  return out;
}

const CHARS = ['a', 'b', 'ü', 'u\u0308', ' ', '\n', '😀', '👍🏽', '.', '\u00a0'];
const docArb = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.join(''))
  .chain((text) => {
    const n = Array.from(text).length;
    const spanArb = (prefix: string) =>
      fc.array(
        fc.record({ label: fc.constantFrom(...LABEL_IDS), start: fc.nat(n - 1), len: fc.integer({ min: 1, max: n }) }),
        { maxLength: 6 },
      ).map((list) => list.map((s, i): Span => ({ id: `${prefix}${i}`, label: s.label, start: s.start, end: Math.min(n, s.start + s.len) })));
    return fc.record({ text: fc.constant(text), reference: spanArb('a'), compared: spanArb('b') });
  });

const reason = sklearnUnavailable();

describe('character-level kappa vs scikit-learn cohen_kappa_score', () => {
  it.skipIf(reason !== undefined)(`agrees on 200 random documents and on their pooled corpus${reason ? ` — SKIPPED: ${reason}` : ''}`, () => {
    const docs: Doc[] = fc.sample(docArb, { numRuns: 200, seed: 20261120 });
    const cases: { a: number[]; b: number[]; ours: number | null }[] = [];
    const add = (group: Doc[]): void => {
      const report = computeAgreement(group, LABEL_IDS);
      for (const label of LABEL_IDS) {
        const a = group.flatMap((d) => bits(d.text, d.reference, label));
        const b = group.flatMap((d) => bits(d.text, d.compared, label));
        expect(report.charKappa.positions).toBe(a.length);
        const constantEqual = a.every((x) => x === a[0]) && b.every((x) => x === a[0]);
        if (a.length === 0 || constantEqual) continue;
        cases.push({ a, b, ours: report.charKappa.perLabel[label]?.kappa ?? null });
      }
    };
    for (const d of docs) add([d]);
    add(docs.slice(0, 50)); // corpus: pooled positions
    expect(cases.length).toBeGreaterThan(300);
    const run = spawnSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(cases.map(({ a, b }) => ({ a, b }))), encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.status, run.stderr).toBe(0);
    const theirs = JSON.parse(run.stdout) as number[];
    expect(theirs).toHaveLength(cases.length);
    cases.forEach((c, i) => {
      expect(c.ours).not.toBeNull();
      expect(Math.abs((c.ours ?? NaN) - (theirs[i] ?? NaN)), `case ${i}: ours ${c.ours}, sklearn ${theirs[i]}`).toBeLessThan(1e-12);
    });
  });
});
