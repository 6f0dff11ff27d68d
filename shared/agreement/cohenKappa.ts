import type { KappaCells, KappaScores } from './agreementReport';

/**
 * Cohen's kappa of two binary sequences given as their 2×2 table, as kappa =
 * (N·(both+neither) − (a1·b1 + a0·b0)) / (N² − (a1·b1 + a0·b0)) — integer arithmetic, exact up
 * to ~94M positions — with the degenerate case pe = 1 (both sequences constant and equal)
 * detected from the counts, not from a float, and reported as 1; null when there are no positions.
 */
export function cohenKappa(cells: KappaCells): KappaScores {
  const n = cells.both + cells.onlyA + cells.onlyB + cells.neither;
  if (n === 0) return { kappa: null, observed: null, expected: null, ...cells };
  const a1 = cells.both + cells.onlyA;
  const b1 = cells.both + cells.onlyB;
  const chance = a1 * b1 + (n - a1) * (n - b1); // pe · N²
  const agreeing = cells.both + cells.neither; // po · N
  const constantAndEqual = (a1 === 0 && b1 === 0) || (a1 === n && b1 === n);
  const kappa = constantAndEqual ? 1 : (n * agreeing - chance) / (n * n - chance);
  return { kappa, observed: agreeing / n, expected: chance / (n * n), ...cells };
}
