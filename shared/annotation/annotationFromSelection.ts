import type { OffsetConverter } from '../text/offsetConverter';
import { normalizeSelection, quoteContext } from '../text/selectionRange';
import type { Annotation } from './annotation';

/** Code points of context kept on each side of a quote, for re-anchoring on a changed text. */
export const CONTEXT_CODE_POINTS = 32;

/** A span ready to become an annotation: code-point offsets plus the UTF-16 range they came from. */
export interface SelectedSpan {
  readonly start: number;
  readonly end: number;
  readonly utf16Start: number;
  readonly utf16End: number;
}

/** Why a selection gives no annotation: nothing selected, only whitespace, or indices outside the text. */
export type SelectionRejection = 'empty' | 'whitespace' | 'out-of-range';

/**
 * Normalizes a UTF-16 selection (either direction) as `normalizeSelection` does — trimmed,
 * never splitting a grapheme cluster, optionally snapped to words — and converts it to code
 * points; indices that are not integers inside the text are rejected instead of thrown.
 */
export function spanFromSelection(
  text: string,
  converter: OffsetConverter,
  start: number,
  end: number,
  snapToWords: boolean,
): { ok: true; span: SelectedSpan } | { ok: false; reason: SelectionRejection } {
  const valid = (i: number): boolean => Number.isInteger(i) && i >= 0 && i <= text.length;
  if (!valid(start) || !valid(end)) return { ok: false, reason: 'out-of-range' };
  const range = normalizeSelection(text, start, end, { snapToWords });
  if (!range.ok) return range;
  return {
    ok: true,
    span: {
      start: converter.utf16ToCodePoint(range.start),
      end: converter.utf16ToCodePoint(range.end),
      utf16Start: range.start,
      utf16End: range.end,
    },
  };
}

/** Fields of a new annotation that come from the caller, not from the text. */
export interface NewAnnotationFields {
  readonly label: string;
  readonly annotator: string;
  readonly id: string;
  readonly now: string;
}

/** Builds the annotation for a normalized span: quote, 32 code points of prefix/suffix, timestamps = now. */
export function annotationFromSpan(text: string, span: SelectedSpan, fields: NewAnnotationFields): Annotation {
  const { prefix, suffix } = quoteContext(text, span.utf16Start, span.utf16End, CONTEXT_CODE_POINTS);
  return {
    id: fields.id,
    label: fields.label,
    start: span.start,
    end: span.end,
    text: text.slice(span.utf16Start, span.utf16End),
    prefix,
    suffix,
    annotator: fields.annotator,
    createdAt: fields.now,
    updatedAt: fields.now,
  };
}

/** Input of `annotationFromSelection`; `start`/`end` are UTF-16 indices (a DOM/editor selection). */
export interface AnnotationFromSelectionInput extends NewAnnotationFields {
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly start: number;
  readonly end: number;
  readonly snapToWords: boolean;
}

/**
 * Turns a user selection into a new annotation with code-point offsets, quote and context, or
 * says why it cannot ('empty', 'whitespace', 'out-of-range') so the status line can tell the
 * user. `id` and `now` are injected so the result is reproducible in tests.
 */
export function annotationFromSelection(
  input: AnnotationFromSelectionInput,
): { ok: true; annotation: Annotation } | { ok: false; reason: SelectionRejection } {
  const result = spanFromSelection(input.text, input.converter, input.start, input.end, input.snapToWords);
  if (!result.ok) return result;
  return { ok: true, annotation: annotationFromSpan(input.text, result.span, input) };
}
