/** Tags per label of an annotation list (what the palette, the list filters and the corpus list show). */
export function countLabels(annotations: readonly { label: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of annotations) counts[a.label] = (counts[a.label] ?? 0) + 1;
  return counts;
}
