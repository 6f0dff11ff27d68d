import type { Annotation } from '../annotation/annotation';
import { annotationFromSpan } from '../annotation/annotationFromSelection';
import { addAnnotations } from '../annotation/annotationList';
import type { Relation } from '../relation/relation';
import { addRelation, type TaggedDocument } from '../relation/relationList';
import { relationEnds } from '../relation/relationProblems';
import type { RelationType } from '../relation/relationType';
import type { OffsetConverter } from '../text/offsetConverter';
import type { SuggestedRelation, Suggestion } from './suggestion';

/** What accepting needs besides the chosen suggestions: the text, the suggested relations and who I am. */
export interface AcceptContext {
  readonly text: string;
  readonly converter: OffsetConverter;
  /** The suggested relations at a suggestion (both directions). */
  relationsOf(id: string): readonly SuggestedRelation[];
  /** A suggestion by id, and whether it is still open (not rejected, not already my tag). */
  suggestion(id: string): Suggestion | undefined;
  isOpen(id: string): boolean;
  readonly types: readonly RelationType[];
  readonly tools: { readonly annotator: string; readonly now: string; newId(): string };
}

/** The document after accepting, and what was made: the new tags (accepted first, then speakers) and relations. */
export interface Accepted {
  readonly document: TaggedDocument;
  readonly tags: readonly Annotation[];
  /** Actor suggestions accepted only because a quote accepted here names them as its source. */
  readonly speakers: readonly Annotation[];
  readonly relations: readonly Relation[];
}

/** My tag of the suggestion's label on its range, else one overlapping it. */
function myTagFor(annotations: readonly Annotation[], s: Suggestion): Annotation | undefined {
  const same = annotations.filter((a) => a.label === s.label && a.start < s.end && s.start < a.end);
  return same.find((a) => a.start === s.start && a.end === s.end) ?? same[0];
}

/**
 * Accepts `chosen` as my tags (`origin: "assist"`) in one document change. A quote's suggested
 * `source` comes with it: its actor becomes my tag too when it is still an open suggestion (my
 * own tag on that actor is used when there is one; a rejected actor gives no relation), and the
 * relation is made; an accepted actor whose quote is already my tag gets the relation as well.
 * A relation is skipped when its quote already has a source or a rule forbids it.
 */
export function acceptSuggestions(document: TaggedDocument, chosen: readonly Suggestion[], ctx: AcceptContext): Accepted {
  const accepting = new Map(chosen.map((s) => [s.id, s]));
  const speakers = new Map<string, Suggestion>();
  for (const s of chosen) {
    for (const r of ctx.relationsOf(s.id)) {
      if (r.from !== s.id || accepting.has(r.to)) continue;
      const actor = ctx.suggestion(r.to);
      if (actor && !myTagFor(document.annotations, actor) && ctx.isOpen(actor.id)) speakers.set(actor.id, actor);
    }
  }
  const made = new Map<string, Annotation>();
  const tag = (s: Suggestion) => {
    const utf16Start = ctx.converter.codePointToUtf16(s.start);
    const utf16End = ctx.converter.codePointToUtf16(s.end);
    const annotation: Annotation = {
      ...annotationFromSpan(ctx.text, { start: s.start, end: s.end, utf16Start, utf16End }, { label: s.label, annotator: ctx.tools.annotator, id: ctx.tools.newId(), now: ctx.tools.now }),
      origin: 'assist',
    };
    made.set(s.id, annotation);
    return annotation;
  };
  const tags = [...accepting.values()].map(tag);
  const speakerTags = [...speakers.values()].map(tag);
  const annotations = addAnnotations(document.annotations, [...tags, ...speakerTags]);
  const ends = relationEnds(annotations);
  const endOf = (id: string) => {
    const s = ctx.suggestion(id);
    return made.get(id) ?? (s ? myTagFor(document.annotations, s) : undefined);
  };
  let relations = document.relations;
  const added: Relation[] = [];
  const seen = new Set<string>();
  for (const id of made.keys()) {
    for (const r of ctx.relationsOf(id)) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const from = endOf(r.from);
      const to = endOf(r.to);
      if (!from || !to || relations.some((x) => x.type === r.type && x.from === from.id)) continue;
      const relation: Relation = { id: ctx.tools.newId(), type: r.type, from: from.id, to: to.id, annotator: ctx.tools.annotator };
      const change = addRelation(relations, relation, ends, ctx.types);
      if (!change.ok) continue;
      relations = change.relations;
      added.push(relation);
    }
  }
  return { document: { annotations, relations }, tags, speakers: speakerTags, relations: added };
}
