import { createOffsetConverter, type OffsetConverter } from '../text/offsetConverter';
import type { Annotation } from './annotation';

/** One way an annotation does not fit the text it claims to annotate. */
export interface AnnotationTextProblem {
  readonly index: number;
  readonly id: string;
  readonly kind: 'out-of-range' | 'text-mismatch' | 'duplicate-id';
  readonly message: string;
}

/**
 * Checks annotations against the canonical text they claim to annotate: each span must lie in
 * 0..codePointLength with start < end, its `text` must equal the code-point slice, and ids must
 * be unique. Returns every problem (empty when all fit), so the store and imports can report
 * them instead of trusting offsets that would highlight the wrong words.
 */
export function validateAnnotationsAgainstText(
  text: string,
  annotations: readonly Annotation[],
  converter: OffsetConverter = createOffsetConverter(text),
): AnnotationTextProblem[] {
  const problems: AnnotationTextProblem[] = [];
  const seen = new Set<string>();
  annotations.forEach((a, index) => {
    if (seen.has(a.id)) problems.push({ index, id: a.id, kind: 'duplicate-id', message: `annotation id ${a.id} occurs more than once` });
    seen.add(a.id);
    const inRange = Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= converter.codePointLength;
    if (!inRange) {
      problems.push({
        index,
        id: a.id,
        kind: 'out-of-range',
        message: `span ${a.start}..${a.end} is not a non-empty range within 0..${converter.codePointLength}`,
      });
      return;
    }
    const actual = text.slice(converter.codePointToUtf16(a.start), converter.codePointToUtf16(a.end));
    if (actual !== a.text) {
      problems.push({
        index,
        id: a.id,
        kind: 'text-mismatch',
        message: `span ${a.start}..${a.end} reads ${JSON.stringify(actual)} but the annotation quotes ${JSON.stringify(a.text)}`,
      });
    }
  });
  return problems;
}
