/** Tags per label id, in an object without a prototype, so a label such as `constructor` or `__proto__` is counted like any other. */
export type LabelCounts = Readonly<Record<string, number>>;

/** One label's count as plain data, how counts cross IPC (an object key `__proto__` would be dropped on the way). */
export interface LabelCount {
  readonly label: string;
  readonly count: number;
}

/** Counts tags per label (the palette, list filters and corpus list show these); labels come from files, so they are only ever data keys. */
export function countLabels(annotations: Iterable<{ readonly label: string }>): Record<string, number> {
  // Counted in a Map (a prototype-free object is a slow dictionary for 10,000 increments), then copied.
  const byLabel = new Map<string, number>();
  for (const a of annotations) byLabel.set(a.label, (byLabel.get(a.label) ?? 0) + 1);
  const counts = Object.create(null) as Record<string, number>;
  for (const [label, count] of byLabel) counts[label] = count;
  return counts;
}

/** Counts as a list of `{label, count}`, in the order the labels were first counted. */
export function labelCountList(counts: LabelCounts): LabelCount[] {
  return Object.entries(counts).map(([label, count]) => ({ label, count }));
}

/** Counts back from a list as a prototype-free object (a label listed twice adds up). */
export function labelCountsOf(list: readonly LabelCount[]): Record<string, number> {
  const counts = Object.create(null) as Record<string, number>;
  for (const { label, count } of list) counts[label] = (counts[label] ?? 0) + count;
  return counts;
}

/** One label's count, read as an own property only: a plain `{}` from elsewhere must give `constructor` or `__proto__` 0, never a function or an object. */
export function countOf(counts: LabelCounts, label: string): number {
  const count: unknown = Object.hasOwn(counts, label) ? counts[label] : 0;
  return typeof count === 'number' ? count : 0;
}
