import { AnnotationSetSchema, CURRENT_SCHEMA_VERSION, type AnnotationSet } from '@shared/annotation/annotationSet';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { relationEnds, relationListProblems } from '@shared/relation/relationProblems';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { LIMITS } from '@shared/limits/limits';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, min: number, max: number): value is string => typeof value === 'string' && value.length >= min && value.length <= max;
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** One tag exactly as AnnotationSchema accepts it, rebuilt with its keys in the schema's order (as zod returns it); null for anything else. */
function plainAnnotation(a: unknown): Annotation | null {
  if (!isFields(a)) return null;
  const { id, label, start, end, text, prefix, suffix, annotator, createdAt, updatedAt, note, origin } = a;
  if (!isText(id, 1, LIMITS.idLength) || !isText(label, 1, LIMITS.labelIdLength) || !isOffset(start) || !isOffset(end) || end <= start) return null;
  if (typeof text !== 'string' || !isText(annotator, 1, LIMITS.nameLength)) return null;
  let keys = 6;
  // Rebuilt in the schema's key order, so a set read this way is written back byte for byte as zod's would be.
  const ordered: Fields = { id, label, start, end, text };
  if (prefix !== undefined) {
    if (!isText(prefix, 0, LIMITS.contextLength)) return null;
    ordered.prefix = prefix;
    keys += 1;
  }
  if (suffix !== undefined) {
    if (!isText(suffix, 0, LIMITS.contextLength)) return null;
    ordered.suffix = suffix;
    keys += 1;
  }
  ordered.annotator = annotator;
  for (const [key, value, max] of [['createdAt', createdAt, Infinity], ['updatedAt', updatedAt, Infinity], ['note', note, LIMITS.noteLength]] as const) {
    if (value === undefined) continue;
    if (!isText(value, 0, max)) return null;
    ordered[key] = value;
    keys += 1;
  }
  if (origin !== undefined) {
    if (origin !== 'assist') return null;
    ordered.origin = origin;
    keys += 1;
  }
  // Strict: a key the schema does not name (or an explicit undefined, which JSON never has) goes to zod.
  if (Object.keys(a).length !== keys) return null;
  return ordered as Annotation;
}

/** One relation exactly as RelationSchema accepts it, keys in the schema's order; null for anything else. */
function plainRelation(r: unknown): Relation | null {
  if (!isFields(r)) return null;
  const { id, type, from, to, annotator, note } = r;
  if (!isText(id, 1, LIMITS.idLength) || !isText(type, 1, LIMITS.labelIdLength) || !isText(from, 1, LIMITS.idLength) || !isText(to, 1, LIMITS.idLength)) return null;
  if (!isText(annotator, 1, LIMITS.nameLength)) return null;
  if (note === undefined) return Object.keys(r).length === 5 ? { id, type, from, to, annotator } : null;
  if (!isText(note, 0, LIMITS.noteLength) || Object.keys(r).length !== 6) return null;
  return { id, type, from, to, annotator, note };
}

/**
 * The set as `AnnotationSetSchema` returns it, for a current-version set that passes every rule
 * (the schema's fields, unique ids, relations that may stand) — checked by hand per tag and
 * relation, since zod's check of 10,000 tags cost ~15 ms of main's CPU on every open; null for
 * anything else (an older version, or any doubt), which zod then judges, so a bad file gets zod's
 * message word for word.
 */
export function checkCurrentSet(raw: unknown): AnnotationSet | null {
  if (!isFields(raw) || raw.schemaVersion !== CURRENT_SCHEMA_VERSION) return null;
  const { annotations, relations } = raw;
  if (!Array.isArray(annotations) || !Array.isArray(relations)) return null;
  // The few top-level fields (and their order) are zod's to judge: with empty lists that is cheap.
  const head = AnnotationSetSchema.safeParse({ ...raw, annotations: [], relations: [] });
  if (!head.success) return null;
  const tags: Annotation[] = new Array<Annotation>(annotations.length);
  const ids = new Set<string>();
  for (let i = 0; i < annotations.length; i += 1) {
    const tag = plainAnnotation(annotations[i]);
    if (tag === null || ids.has(tag.id)) return null;
    ids.add(tag.id);
    tags[i] = tag;
  }
  const links: Relation[] = new Array<Relation>(relations.length);
  for (let i = 0; i < relations.length; i += 1) {
    const link = plainRelation(relations[i]);
    if (link === null) return null;
    links[i] = link;
  }
  if (links.length > 0 && relationListProblems(links, relationEnds(tags), DEFAULT_RELATION_TYPES).length > 0) return null;
  return { ...head.data, annotations: tags, relations: links };
}
