/** Tags per label id, in an object without a prototype, so a label such as `constructor` or `__proto__` is counted like any other. */
export type LabelCounts = Readonly<Record<string, number>>;

/** One label's count as plain data, how counts cross IPC (an object key `__proto__` would be dropped on the way). */
export interface LabelCount {
  readonly label: string;
  readonly count: number;
}

/** Counts tags per label (the palette, list filters and corpus list show these); labels come from files, so they are only ever data keys. */
export function countLabels(annotations: Iterable<{ readonly label: string }>): Record<string, number> {
  const counts = Object.create(null) as Record<string, number>;
  for (const a of annotations) counts[a.label] = (counts[a.label] ?? 0) + 1;
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
