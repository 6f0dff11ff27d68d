import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { relationEnds } from '@shared/relation/relationProblems';
import { MIXED, annotate } from '../annotation/fixtures';

/** Tags over the mixed text (emoji before each span, NFD "Mu\u0308ller"), one per label and a second actor. */
export const putin = annotate(MIXED, 'Putin', 'actor', 'a-putin');
export const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'b-mueller');
export const claim = annotate(MIXED, 'Putin traf Mu\u0308ller', 'claim', 'c-claim');
export const date = annotate(MIXED, '3. März', 'date', 'd-date');
export const quote = annotate(MIXED, 'in Moskau', 'quote', 'e-quote');
/** A colleague's tag over the same text. */
export const theirs: Annotation = { ...annotate(MIXED, 'Moskau', 'actor', 'f-theirs'), annotator: 'colleague' };

export const ANNOTATIONS: readonly Annotation[] = [putin, claim, mueller, date, quote, theirs];
export const ENDS = relationEnds(ANNOTATIONS);

/** A relation by "tester" (the fixtures' annotator). */
export function rel(id: string, type: string, from: string, to: string, extra: Partial<Relation> = {}): Relation {
  return { id, type, from, to, annotator: 'tester', ...extra };
}
