import { findMatches } from '../text/findMatches';
import type { OffsetConverter } from '../text/offsetConverter';
import type { Annotation } from './annotation';
import { annotationFromSpan, spanFromSelection } from './annotationFromSelection';

/** Input of `tagAllHits`; `newId` is called once per annotation actually created. */
export interface TagAllHitsInput {
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly annotations: readonly Annotation[];
  readonly query: string;
  readonly label: string;
  readonly annotator: string;
  readonly newId: () => string;
  readonly now: string;
}

/**
 * One new annotation with `label` per search hit of `query` (see `findMatches`; each hit
 * trimmed of edge whitespace, never snapped to words), skipping hits whose exact code-point
 * span already carries that label, so running it twice adds nothing the second time. The
 * caller adds `added` with `addAnnotations` and commits that as a single undo step.
 */
export function tagAllHits(input: TagAllHitsInput): { added: Annotation[]; skipped: number } {
  const { text, converter, label } = input;
  const taken = new Set<string>();
  for (const a of input.annotations) if (a.label === label) taken.add(`${a.start}:${a.end}`);
  const added: Annotation[] = [];
  let skipped = 0;
  for (const hit of findMatches(text, input.query)) {
    const result = spanFromSelection(text, converter, hit.start, hit.end, false);
    if (!result.ok) continue;
    const key = `${result.span.start}:${result.span.end}`;
    if (taken.has(key)) {
      skipped += 1;
      continue;
    }
    taken.add(key);
    added.push(annotationFromSpan(text, result.span, { label, annotator: input.annotator, id: input.newId(), now: input.now }));
  }
  return { added, skipped };
}
