import type { Annotation } from '../annotation/annotation';
import { codePointSlice, createOffsetConverter } from '../text/offsetConverter';
import { quoteContext } from '../text/selectionRange';
import type { ReanchorResult } from './reanchor';

/**
 * The colleague's annotation as placed on `newText` by an accepted migration row: same id,
 * label, annotator and note, the new code-point offsets, and `text`, `prefix` and `suffix` taken
 * from `newText` (so a fuzzy placement quotes what is really there). Undefined for an orphan.
 */
export function reanchoredAnnotation(result: ReanchorResult, newText: string): Annotation | undefined {
  if (result.status === 'orphaned' || result.start === undefined || result.end === undefined) return undefined;
  const conv = createOffsetConverter(newText);
  const context = quoteContext(newText, conv.codePointToUtf16(result.start), conv.codePointToUtf16(result.end));
  return {
    ...result.annotation,
    start: result.start,
    end: result.end,
    text: codePointSlice(newText, result.start, result.end),
    prefix: context.prefix,
    suffix: context.suffix,
  };
}
