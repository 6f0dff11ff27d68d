import type { Annotation } from './annotation';
import { compareAnnotations } from './annotationList';

/**
 * Every annotation covering code point `offset` (start <= offset < end), shortest span first,
 * ties in text order. Shortest first means the first click on nested spans selects the
 * innermost one (the actor inside the claim) and repeated clicks walk outwards; the order
 * depends only on the spans, so cycling is stable across renders.
 */
export function annotationsAt(list: readonly Annotation[], offset: number): Annotation[] {
  return list
    .filter((a) => a.start <= offset && offset < a.end)
    .sort((a, b) => (a.end - a.start) - (b.end - b.start) || compareAnnotations(a, b));
}

/**
 * The annotation after (`direction` 1) or before (-1) `currentId` in the list's text order;
 * with no current annotation (null or an id no longer in the list) the first or last one.
 * At either end it returns null, or wraps around when `wrap` is true, so the UI can say
 * "last annotation" instead of jumping silently. `list` must be sorted (as the ops keep it).
 */
export function neighbourAnnotation(
  list: readonly Annotation[],
  currentId: string | null,
  direction: 1 | -1,
  wrap = false,
): Annotation | null {
  if (list.length === 0) return null;
  const index = currentId === null ? -1 : list.findIndex((a) => a.id === currentId);
  if (index === -1) return (direction === 1 ? list[0] : list[list.length - 1]) ?? null;
  const target = index + direction;
  if (target >= 0 && target < list.length) return list[target] ?? null;
  if (!wrap) return null;
  return (direction === 1 ? list[0] : list[list.length - 1]) ?? null;
}
