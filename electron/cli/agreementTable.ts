import type { AgreementReport } from '@shared/agreement/agreementReport';
import { labelEntry } from '@shared/agreement/labelRecord';

/** A score as the table shows it: three decimals, or "–" where it is undefined (0/0). */
export function score(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
}

/** Lays out rows as columns: the first left-aligned, the rest right-aligned (numbers). */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((w, r) => r.map((cell, i) => Math.max(w[i] ?? 0, [...cell].length)), []);
  return rows.map((r) => `${row(r, widths)}\n`).join('');
}

/**
 * The agreement report as a table for people: per label and micro-averaged, the span counts
 * (A = reference, B = compared), exact-span and overlap precision, recall and F1, and the
 * character-level kappa, then relation precision, recall and F1 per type; the units are named under the tables.
 */
export function agreementTable(report: AgreementReport, labelIds: readonly string[]): string {
  const header = ['label', 'A', 'B', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1', 'kappa'];
  const rows = labelIds.map((id) => {
    const exact = labelEntry(report.exactSpan.perLabel, id);
    const overlap = labelEntry(report.overlap.perLabel, id);
    const kappa = labelEntry(report.charKappa.perLabel, id);
    return [id, String(exact.nA), String(exact.nB), score(exact.precision), score(exact.recall), score(exact.f1), score(overlap.precision), score(overlap.recall), score(overlap.f1), score(kappa.kappa)];
  });
  const { micro } = report.exactSpan;
  const overlapMicro = report.overlap.micro;
  rows.push(['micro', String(micro.nA), String(micro.nB), score(micro.precision), score(micro.recall), score(micro.f1), score(overlapMicro.precision), score(overlapMicro.recall), score(overlapMicro.f1), '']);
  const relationRows = [...Object.keys(report.relations.perType).map((id) => [id, labelEntry(report.relations.perType, id)] as const), ['micro', report.relations.micro] as const].map(
    ([id, r]) => [id, String(r.nA), String(r.nB), score(r.precision), score(r.recall), score(r.f1)],
  );
  return (
    columns([header, ...rows]) +
    '\n' +
    columns([['relation', 'A', 'B', 'P', 'R', 'F1'], ...relationRows]) +
    `A, B: spans (relations) per file. exact: same start, end and label; overlap: same label, at least one shared character;\n` +
    `a relation matches when its type and both ends (start, end and label) are the same.\n` +
    `Offsets in Unicode code points; kappa: Cohen's kappa per label over ${report.charKappa.positions} non-whitespace code points.\n`
  );
}
