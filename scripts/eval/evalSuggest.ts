import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestAll } from '@shared/assist/suggestAll';
import { parseGoldMarkup } from './parseGoldMarkup';
import { countMatches, prf, sourceHits, type Counts, type ScoredSpan } from './scoreSuggestions';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/assist');
const LABELS = ['date', 'quote', 'actor'];

function pct(x: number): string {
  return x.toFixed(2);
}

/**
 * Runs the assist on every text of one gold folder and prints a Markdown table of precision,
 * recall and F1 per label (exact span and overlap) and the quote-source accuracy; with
 * `showMisses` it also lists every wrong and missed span, for tuning the rules.
 */
function evaluateFolder(folder: string, showMisses: boolean): void {
  const GOLD_DIR = join(FIXTURES, folder);
  const exact = new Map<string, Counts>();
  const overlap = new Map<string, Counts>();
  let sources = { correct: 0, total: 0 };
  const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const gold = parseGoldMarkup(readFileSync(join(GOLD_DIR, file), 'utf8'));
    const suggested = suggestAll({ text: gold.text });
    const found: ScoredSpan[] = suggested.annotations.filter((a) => LABELS.includes(a.label));
    countMatches(gold.spans, found, 'exact', exact);
    const pairs = countMatches(gold.spans, found, 'overlap', overlap);
    const sourceOf = (quote: ScoredSpan): ScoredSpan | undefined => {
      const rel = suggested.relations.find((r) => r.from === (quote as { id?: string }).id);
      return rel ? suggested.annotations.find((a) => a.id === rel.to) : undefined;
    };
    const hits = sourceHits(gold.spans, sourceOf, pairs);
    sources = { correct: sources.correct + hits.correct, total: sources.total + hits.total };
    if (showMisses) {
      const matched = new Set(pairs.values());
      for (const f of found) if (!pairs.has(f)) console.log(`${file}  extra  ${f.label}  ${JSON.stringify((f as { text?: string }).text)}`);
      for (const [f, g] of pairs) {
        if (f.start !== g.start || f.end !== g.end) console.log(`${file}  bounds ${f.label}  ${JSON.stringify((f as { text?: string }).text)}, gold ${JSON.stringify((g as { text?: string }).text)}`);
      }
      for (const g of gold.spans) if (!matched.has(g)) console.log(`${file}  missed ${g.label}  ${JSON.stringify(g.text)}`);
      for (const w of hits.wrong) console.log(`${file}  source ${JSON.stringify(w.quote.slice(0, 40))} → ${JSON.stringify(w.found ?? null)}, gold ${JSON.stringify(w.gold)}`);
    }
  }
  console.log(`Assist evaluation on ${files.length} texts of tests/fixtures/assist/${folder}\n`);
  console.log('| label | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap | gold |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const label of LABELS) {
    const e = prf(exact.get(label) ?? { tp: 0, fp: 0, fn: 0 });
    const oCounts = overlap.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    const o = prf(oCounts);
    console.log(`| ${label} | ${pct(e.p)} | ${pct(e.r)} | ${pct(e.f1)} | ${pct(o.p)} | ${pct(o.r)} | ${pct(o.f1)} | ${oCounts.tp + oCounts.fn} |`);
  }
  const accuracy = sources.total === 0 ? 1 : sources.correct / sources.total;
  console.log(`\nQuote sources: ${sources.correct} of ${sources.total} correct (${pct(accuracy)})\n`);
}

// `npm run eval:suggest [-- --misses]`: the tuning set ("gold"); three held-out sets whose errors were later
// analysed to fix general rules, so they are held out no longer ("heldout", "heldout2", "heldout3"); the texts
// written and committed before the date rules it was measured after ("heldout4"; its kinds of actor miss were later fixed on new gold texts); and "heldout5", written blind
// to the rules by someone else and kept out of the repository until the rules were final; "heldout6", committed
// in session 9 before any rule was looked at, measured blind once, then its kinds of miss tuned on new gold texts;
// "heldout7", committed in session 10 before any assist source or miss list was read: the blind estimate, never tuned on.
for (const folder of ['gold', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7']) evaluateFolder(folder, process.argv.includes('--misses'));
