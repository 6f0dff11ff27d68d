/**
 * One span a suggester proposes, in UTF-16 indices of the text it was computed on (every
 * suggester works on JS strings; `suggestAll` converts to code points once, at the boundary).
 */
export interface SpanProposal {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** Which rule set proposed a suggestion, so the window and the evaluation can tell them apart. */
export type Suggester = 'date' | 'quote' | 'actor' | 'learned';

/**
 * One suggested tag over code-point offsets, like every stored annotation, with a stable id
 * derived from label and range, so recomputing the suggestions keeps the ones under review.
 */
export interface Suggestion {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly suggester: Suggester;
}

/** A suggested `source` relation from a quote suggestion to the actor suggestion its cue points to. */
export interface SuggestedRelation {
  readonly id: string;
  readonly type: 'source';
  readonly from: string;
  readonly to: string;
}

/** Everything the assist proposes for one text. */
export interface Suggestions {
  readonly annotations: readonly Suggestion[];
  readonly relations: readonly SuggestedRelation[];
}

/** The stable id of a suggested `source` relation: its two ends' ids. */
export function sourceRelationId(from: string, to: string): string {
  return `suggest-source-${from}-${to}`;
}

/** The stable id of a suggestion: its label and code-point range. */
export function suggestionId(label: string, start: number, end: number): string {
  return `suggest-${label}-${start}-${end}`;
}
