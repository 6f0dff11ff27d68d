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
 * The annotation after (`direction` 1) or before (-1) `currentId` in the list's text order,
 * among those `isShown` accepts (a label filter: J/K never visit what the text does not draw);
 * with no current annotation (null or an id no longer in the list) the first or last shown one.
 * At either end it returns null, or wraps around when `wrap` is true, so the UI can say
 * "last annotation" instead of jumping silently. `list` must be sorted (as the ops keep it).
 */
export function neighbourAnnotation(
  list: readonly Annotation[],
  currentId: string | null,
  direction: 1 | -1,
  wrap = false,
  isShown: (annotation: Annotation) => boolean = () => true,
): Annotation | null {
  const index = currentId === null ? -1 : list.findIndex((a) => a.id === currentId);
  const from = index === -1 ? (direction === 1 ? -1 : list.length) : index;
  const scan = (start: number, stop: number): Annotation | null => {
    for (let i = start; i !== stop; i += direction) {
      const a = list[i] as Annotation;
      if (isShown(a)) return a;
    }
    return null;
  };
  const found = scan(from + direction, direction === 1 ? list.length : -1);
  if (found || !wrap || index === -1) return found;
  return scan(direction === 1 ? 0 : list.length - 1, index);
}
