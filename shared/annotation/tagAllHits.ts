import { findMatches } from '../text/findMatches';
import type { TextRange } from '../text/selectionRange';
import type { OffsetConverter } from '../text/offsetConverter';
import type { Annotation } from './annotation';
import { annotationFromSpan, spanFromSelection, type SelectedSpan } from './annotationFromSelection';

/** What "tag all hits" looks at: the text, my annotations, the query, the label and the word-snapping setting. */
export interface TagAllHitsQuery {
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly annotations: readonly Annotation[];
  readonly query: string;
  readonly label: string;
  /** With it on, a hit that cuts into a word ("Russ" in "Russland") is skipped, never tagged. */
  readonly snapToWords: boolean;
  /** `findMatches(text, query)` when the caller has it already (the search bar draws them). */
  readonly hits?: readonly TextRange[];
}

/** The spans "tag all hits" would tag, and how many hits it skips as already tagged or as partial words. */
export interface TagAllHitsPlan {
  readonly spans: readonly SelectedSpan[];
  readonly alreadyTagged: number;
  readonly partialWords: number;
}

/** Per annotation list (lists are never changed in place), the "start:end" ranges each label has. */
const rangesByList = new WeakMap<readonly Annotation[], Map<string, ReadonlySet<string>>>();

/** The ranges `label` already has in `annotations`, collected once per list and label (a search bar plans per key press). */
function takenRanges(annotations: readonly Annotation[], label: string): ReadonlySet<string> {
  let byLabel = rangesByList.get(annotations);
  if (!byLabel) rangesByList.set(annotations, (byLabel = new Map()));
  let ranges = byLabel.get(label);
  if (!ranges) {
    const collected = new Set<string>();
    for (const a of annotations) if (a.label === label) collected.add(`${a.start}:${a.end}`);
    byLabel.set(label, (ranges = collected));
  }
  return ranges;
}

/** The last plan made from a caller's hits, with what it was made from (the bar plans, then the click tags the same hits). */
let lastPlan: { readonly input: TagAllHitsQuery; readonly plan: TagAllHitsPlan } | null = null;

/** Whether two plans' inputs are the same objects and values (lists and hits are never changed in place; the query is in the hits). */
const samePlanInput = (a: TagAllHitsQuery, b: TagAllHitsQuery) =>
  a.hits === b.hits && a.text === b.text && a.converter === b.converter && a.annotations === b.annotations && a.label === b.label && a.snapToWords === b.snapToWords;

/**
 * Plans "tag all hits" without changing anything, so the search bar can say before you confirm
 * what will be skipped: each hit of `query` (see `findMatches`), trimmed of edge whitespace; with
 * `snapToWords` a hit whose edges cut into a word counts as partial and is left out (snapping it
 * would tag other text than was searched); a hit whose span already has `label` is left out too.
 * Given the same hits, list, label and setting as the last plan, it returns that plan: the click
 * that tags all does not plan again what the bar planned while typing paused.
 */
export function planTagAllHits(input: TagAllHitsQuery): TagAllHitsPlan {
  if (input.hits !== undefined && lastPlan !== null && samePlanInput(lastPlan.input, input)) return lastPlan.plan;
  const plan = planFresh(input);
  if (input.hits !== undefined) {
    const { text, converter, annotations, hits, label, snapToWords, query } = input;
    lastPlan = { input: { text, converter, annotations, hits, label, snapToWords, query }, plan };
  }
  return plan;
}

function planFresh(input: TagAllHitsQuery): TagAllHitsPlan {
  const { text, converter, label } = input;
  const taken = takenRanges(input.annotations, label);
  const planned = new Set<string>();
  const spans: SelectedSpan[] = [];
  let alreadyTagged = 0;
  let partialWords = 0;
  for (const hit of input.hits ?? findMatches(text, input.query)) {
    const result = spanFromSelection(text, converter, hit.start, hit.end, false);
    if (!result.ok) continue;
    const { span } = result;
    if (input.snapToWords) {
      const snapped = spanFromSelection(text, converter, span.utf16Start, span.utf16End, true);
      if (!snapped.ok || snapped.span.start !== span.start || snapped.span.end !== span.end) {
        partialWords += 1;
        continue;
      }
    }
    const key = `${span.start}:${span.end}`;
    if (taken.has(key) || planned.has(key)) {
      alreadyTagged += 1;
      continue;
    }
    planned.add(key);
    spans.push(span);
  }
  return { spans, alreadyTagged, partialWords };
}

/** Input of `tagAllHits`; `newId` is called once per annotation actually created. */
export interface TagAllHitsInput extends TagAllHitsQuery {
  readonly annotator: string;
  readonly newId: () => string;
  readonly now: string;
}

/**
 * One new annotation with `label` per hit that `planTagAllHits` keeps, so running it twice adds
 * nothing the second time; the caller adds `added` with `addAnnotations` as a single undo step.
 */
export function tagAllHits(input: TagAllHitsInput): { added: Annotation[]; skipped: number; partialWords: number } {
  const plan = planTagAllHits(input);
  const added = plan.spans.map((span) =>
    annotationFromSpan(input.text, span, { label: input.label, annotator: input.annotator, id: input.newId(), now: input.now }),
  );
  return { added, skipped: plan.alreadyTagged, partialWords: plan.partialWords };
}
