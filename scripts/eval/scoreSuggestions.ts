import type { GoldSpan } from './parseGoldMarkup';

/** A labelled code-point span, gold or suggested. */
export interface ScoredSpan {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** True-positive, false-positive and false-negative counts of one label under one matching rule. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (1 when there was nothing to find and nothing was found). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function overlaps(a: ScoredSpan, b: ScoredSpan): boolean {
  return a.label === b.label && a.start < b.end && b.start < a.end;
}

function exact(a: ScoredSpan, b: ScoredSpan): boolean {
  return a.label === b.label && a.start === b.start && a.end === b.end;
}

/**
 * Counts one text's suggestions against gold per label, matching one to one (each gold span is
 * used once): `exact` needs the same range, `overlap` any shared code point, so a date found as
 * "Mittwochmorgen" for gold "am frühen Mittwochmorgen" counts under overlap only.
 */
export function countMatches(gold: readonly ScoredSpan[], found: readonly ScoredSpan[], match: 'exact' | 'overlap', into: Map<string, Counts>): Map<ScoredSpan, ScoredSpan> {
  const same = match === 'exact' ? exact : overlaps;
  const used = new Set<ScoredSpan>();
  const pairs = new Map<ScoredSpan, ScoredSpan>();
  const counts = (label: string): Counts => {
    const c = into.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    into.set(label, c);
    return c;
  };
  for (const f of found) {
    const g = gold.find((candidate) => !used.has(candidate) && same(candidate, f));
    if (g) {
      used.add(g);
      pairs.set(f, g);
      counts(f.label).tp++;
    } else {
      counts(f.label).fp++;
    }
  }
  for (const g of gold) if (!used.has(g)) counts(g.label).fn++;
  return pairs;
}

/**
 * Quote-source accuracy of one text: of the gold quotes with a source, how many were found
 * (overlapping) with a suggested source that overlaps the gold source mention.
 */
export function sourceHits(
  gold: readonly GoldSpan[],
  suggestedSourceOf: (quote: ScoredSpan) => ScoredSpan | undefined,
  quotePairs: Map<ScoredSpan, ScoredSpan>,
): { correct: number; total: number; wrong: { quote: string; gold: string; found: string | undefined }[] } {
  let correct = 0;
  let total = 0;
  const wrong: { quote: string; gold: string; found: string | undefined }[] = [];
  for (const quote of gold.filter((s) => s.label === 'quote' && s.sourceOf)) {
    total++;
    const actor = gold.find((s) => s.label === 'actor' && s.mention === quote.sourceOf);
    if (!actor) throw new Error(`gold quote "${quote.text.slice(0, 30)}" names a source "${quote.sourceOf}" that no actor has`);
    const found = [...quotePairs].find(([, g]) => g === quote)?.[0];
    const source = found ? suggestedSourceOf(found) : undefined;
    if (source && overlaps(source, actor)) correct++;
    else wrong.push({ quote: quote.text, gold: actor.text, found: source === undefined ? undefined : (source as { text?: string }).text });
  }
  return { correct, total, wrong };
}
