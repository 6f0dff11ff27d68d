import { CONTEXT_CODE_POINTS } from '../annotation/annotationFromSelection';
import { sortAnnotations } from '../annotation/annotationList';
import { createOffsetConverter, isInsideSurrogatePair } from '../text/offsetConverter';
import { quoteContext } from '../text/selectionRange';
import { sortRelations } from '../relation/relationList';
import type { DatasetAnnotation, DatasetDocument, DatasetRelation, TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { annotationIri, annotatorIri, relationIri } from './w3cIris';
import { parseW3c } from './w3cParse';

/** The Web Annotation JSON-LD context. */
export const W3C_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Prefix and suffix of a TextQuoteSelector: at most 32 code points and at most 32 UTF-16 units
 * each (never half a surrogate pair), so anchoring libraries that count either way read them whole.
 */
export function w3cContext(text: string, from: number, to: number): { prefix: string; suffix: string } {
  const { prefix, suffix } = quoteContext(text, from, to, CONTEXT_CODE_POINTS);
  let p = prefix;
  while (p.length > CONTEXT_CODE_POINTS) p = p.slice(isInsideSurrogatePair(p, 1) ? 2 : 1);
  let s = suffix;
  while (s.length > CONTEXT_CODE_POINTS) s = s.slice(0, isInsideSurrogatePair(s, s.length - 1) ? -2 : -1);
  return { prefix: p, suffix: s };
}

function person(name: string): Record<string, string> {
  return { id: annotatorIri(name), type: 'Person', name };
}

function annotationJson(document: DatasetDocument, a: DatasetAnnotation, converter: ReturnType<typeof createOffsetConverter>): Record<string, unknown> {
  const from = converter.codePointToUtf16(a.start);
  const to = converter.codePointToUtf16(a.end);
  // Context is taken from the text (not the stored prefix/suffix) so it always fits the offsets.
  const { prefix, suffix } = w3cContext(document.text, from, to);
  const tag = { type: 'TextualBody', purpose: 'tagging', value: a.label };
  const body = a.note === undefined ? tag : [tag, { type: 'TextualBody', purpose: 'commenting', value: a.note }];
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: 'tagging',
    creator: person(a.annotator),
    ...(a.createdAt !== undefined && { created: a.createdAt }),
    ...(a.updatedAt !== undefined && { modified: a.updatedAt }),
    body,
    target: {
      source: document.id,
      selector: [
        { type: 'TextQuoteSelector', exact: document.text.slice(from, to), prefix, suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
  };
}

/** A relation as a linking annotation: a tagging body with its type (a note as a commenting body), the two tags' IRIs as targets. */
function linkJson(r: DatasetRelation): Record<string, unknown> {
  const tag = { type: 'TextualBody', purpose: 'tagging', value: r.type };
  return {
    id: relationIri(r.id),
    type: 'Annotation',
    motivation: 'linking',
    creator: person(r.annotator),
    body: r.note === undefined ? tag : [tag, { type: 'TextualBody', purpose: 'commenting', value: r.note }],
    target: [annotationIri(r.from), annotationIri(r.to)],
  };
}

/**
 * Writes one W3C Web Annotation AnnotationCollection for the whole dataset (every document),
 * with its first AnnotationPage embedded and all annotations in its `items` (they inherit the
 * collection's `@context`). Each annotation is `motivation: tagging` with a TextualBody
 * (`purpose: tagging`, value = label; a note is a second, `commenting` body) and a target whose
 * `source` is the document id, selected by a TextQuoteSelector (exact; prefix and suffix of at
 * most 32 code points and 32 UTF-16 units) and a TextPositionSelector in code points, as the model counts characters.
 * Each document's relations follow its tags as linking annotations (motivation `linking`, a
 * tagging body with the type, the two annotations' IRIs as targets). The collection's `creator` is the dataset annotator and its `created` the export time.
 */
export function serializeW3c(dataset: TagwerkDataset): string {
  const items = dataset.documents.flatMap((document) => {
    const converter = createOffsetConverter(document.text);
    return [...sortAnnotations(document.annotations).map((a) => annotationJson(document, a, converter)), ...sortRelations(document.relations ?? []).map(linkJson)];
  });
  const id = `urn:tagwerk:export:${dataset.exportedAt}`;
  const collection = {
    '@context': W3C_ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Tagwerk annotations by ${dataset.annotator}`,
    creator: person(dataset.annotator),
    created: dataset.exportedAt,
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/**
 * The W3C Web Annotation adapter (code points). The export holds offsets and quotes but not
 * the texts, so `parse` needs `options.texts` (document id -> canonical text); titles,
 * language and source come from the options too (title = the text's first line).
 */
export const w3cFormat: TextFormatAdapter = {
  id: 'w3c',
  offsetUnit: 'codepoint',
  serialize: serializeW3c,
  parse: parseW3c,
};
