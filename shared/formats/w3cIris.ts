const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ANNOTATION_PREFIX = 'urn:tagwerk:annotation:';
const ANNOTATOR_PREFIX = 'urn:tagwerk:annotator:';
const RELATION_PREFIX = 'urn:tagwerk:relation:';

/** The IRI of a relation id (`urn:tagwerk:relation:<percent-encoded id>`), apart from annotation IRIs so the two never collide. */
export function relationIri(id: string): string {
  return `${RELATION_PREFIX}${encodeURIComponent(id)}`;
}

/** The relation id a linking annotation's IRI stands for (inverse of `relationIri`; other IRIs are kept whole). */
export function relationIdFromIri(iri: string): string {
  return iri.startsWith(RELATION_PREFIX) ? safeDecode(iri.slice(RELATION_PREFIX.length)) ?? iri : iri;
}

/**
 * The IRI of an annotation id, as W3C annotations need one: a UUID becomes `urn:uuid:<uuid>`,
 * an id that already is a `urn:`/`http(s):` IRI stays, anything else becomes
 * `urn:tagwerk:annotation:<percent-encoded id>`; `annotationIdFromIri` reverses it exactly.
 */
export function annotationIri(id: string): string {
  if (UUID_PATTERN.test(id)) return `urn:uuid:${id}`;
  if (/^(?:urn:|https?:\/\/)\S+$/i.test(id) && !id.startsWith(ANNOTATION_PREFIX) && !/^urn:uuid:/i.test(id)) return id;
  return `${ANNOTATION_PREFIX}${encodeURIComponent(id)}`;
}

/** The annotation id an IRI stands for (inverse of `annotationIri`; other IRIs are kept whole). */
export function annotationIdFromIri(iri: string): string {
  const uuid = /^urn:uuid:(.+)$/i.exec(iri)?.[1];
  if (uuid !== undefined && UUID_PATTERN.test(uuid)) return uuid;
  if (iri.startsWith(ANNOTATION_PREFIX)) return safeDecode(iri.slice(ANNOTATION_PREFIX.length)) ?? iri;
  return iri;
}

/** The IRI of an annotator name: `urn:tagwerk:annotator:<percent-encoded name>`. */
export function annotatorIri(name: string): string {
  return `${ANNOTATOR_PREFIX}${encodeURIComponent(name)}`;
}

/** The annotator name of an agent IRI made by `annotatorIri`, else the IRI itself. */
export function annotatorFromIri(iri: string): string {
  return iri.startsWith(ANNOTATOR_PREFIX) ? safeDecode(iri.slice(ANNOTATOR_PREFIX.length)) ?? iri : iri;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
