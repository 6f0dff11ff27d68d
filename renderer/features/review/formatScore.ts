/** A score for the agreement table and chart: two decimals in the UI language, or "–" where it is undefined (null). */
export function formatScore(value: number | null, language: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
