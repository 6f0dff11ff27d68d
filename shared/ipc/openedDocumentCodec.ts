import type { Annotation } from '../annotation/annotation';
import type { Relation } from '../relation/relation';
import type { AnnotationWire, OpenedDocumentWire, RelationWire } from './openedDocumentWire';
import type { OpenedDocument } from './schemas';

type AnnotationRest = NonNullable<AnnotationWire[5]>;

/** The annotator most of a set's items carry: the first one's (a set is one person's), '' for an empty set. */
function sharedAnnotator(opened: OpenedDocument): string {
  return opened.annotations[0]?.annotator ?? opened.relations?.[0]?.annotator ?? '';
}

function encodeAnnotation(a: Annotation, shared: string): AnnotationWire {
  const { id, label, start, end, text, annotator, ...rest } = a;
  const extra: AnnotationRest = annotator === shared ? rest : { ...rest, annotator };
  for (const key of Object.keys(extra) as (keyof AnnotationRest)[]) if (extra[key] === undefined) delete extra[key];
  return Object.keys(extra).length === 0 ? [id, label, start, end, text] : [id, label, start, end, text, extra];
}

function encodeRelation(r: Relation, shared: string): RelationWire {
  const { id, type, from, to, annotator, note } = r;
  if (annotator === shared && note === undefined) return [id, type, from, to];
  return [id, type, from, to, { ...(annotator === shared ? {} : { annotator }), ...(note === undefined ? {} : { note }) }];
}

/** Main's side of the open's answer: tags and relations as tuples, their shared annotator named once (see OpenedDocumentWireSchema). */
export function encodeOpenedDocument(opened: OpenedDocument): OpenedDocumentWire {
  const annotator = sharedAnnotator(opened);
  return {
    ...opened,
    annotator,
    annotations: opened.annotations.map((a) => encodeAnnotation(a, annotator)),
    relations: (opened.relations ?? []).map((r) => encodeRelation(r, annotator)),
  };
}

function decodeAnnotation(wire: AnnotationWire, shared: string): Annotation {
  const [id, label, start, end, text, rest] = wire;
  if (rest === undefined) return { id, label, start, end, text, annotator: shared };
  // Built in the schema's key order, so a tag saved again is written exactly as before.
  const a: Record<string, unknown> = { id, label, start, end, text };
  if (rest.prefix !== undefined) a.prefix = rest.prefix;
  if (rest.suffix !== undefined) a.suffix = rest.suffix;
  a.annotator = rest.annotator ?? shared;
  if (rest.createdAt !== undefined) a.createdAt = rest.createdAt;
  if (rest.updatedAt !== undefined) a.updatedAt = rest.updatedAt;
  if (rest.note !== undefined) a.note = rest.note;
  if (rest.origin !== undefined) a.origin = rest.origin;
  return a as Annotation;
}

function decodeRelation(wire: RelationWire, shared: string): Relation {
  const [id, type, from, to, rest] = wire;
  const relation: Relation = { id, type, from, to, annotator: rest?.annotator ?? shared };
  if (rest?.note !== undefined) relation.note = rest.note;
  return relation;
}

/** The window's side: the opened document back with whole tags and relations, each as main read it from the store. */
export function decodeOpenedDocument(wire: OpenedDocumentWire): OpenedDocument {
  const { annotator, annotations, relations, ...rest } = wire;
  return { ...rest, annotations: annotations.map((a) => decodeAnnotation(a, annotator)), relations: relations.map((r) => decodeRelation(r, annotator)) };
}
