import type { Annotation } from '@shared/annotation/annotation';
import { sortAnnotations } from '@shared/annotation/annotationList';
import { CURRENT_SCHEMA_VERSION, type AnnotationSet } from '@shared/annotation/annotationSet';
import type { Relation } from '@shared/relation/relation';
import { sortRelations } from '@shared/relation/relationList';

/** Only the fields of the annotation model, so nothing a file carried along reaches the store. */
function modelFields(a: Annotation): Annotation {
  const out: Annotation = { id: a.id, label: a.label, start: a.start, end: a.end, text: a.text, annotator: a.annotator };
  if (a.prefix !== undefined) out.prefix = a.prefix;
  if (a.suffix !== undefined) out.suffix = a.suffix;
  if (a.createdAt !== undefined) out.createdAt = a.createdAt;
  if (a.updatedAt !== undefined) out.updatedAt = a.updatedAt;
  if (a.note !== undefined) out.note = a.note;
  if (a.origin !== undefined) out.origin = a.origin;
  return out;
}

/**
 * The colleague set file content for `putColleagueSet`: the colleague's spans over my document
 * (already anchored on its text) in text order, `savedAt` = when they exported it, and a rev one
 * above the import it replaces; its relations in `sortRelations` order.
 */
export function colleagueSetOf(
  documentId: string,
  annotator: string,
  annotations: readonly Annotation[],
  savedAt: string,
  previousRev: number,
  relations: readonly Relation[] = [],
): AnnotationSet {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documentId,
    textSha256: documentId.slice('sha256:'.length),
    offsetUnit: 'codepoint',
    rev: previousRev + 1,
    savedAt,
    annotator,
    annotations: sortAnnotations(annotations.map(modelFields)),
    relations: sortRelations(relations),
  };
}
