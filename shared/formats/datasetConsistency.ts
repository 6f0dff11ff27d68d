import type { z } from 'zod';
import { validateAnnotationsAgainstText } from '../annotation/validateAnnotationsAgainstText';
import { documentIdOf, isDocumentId } from '../text/documentId';
import { createOffsetConverter } from '../text/offsetConverter';
import { issueFacts as facts } from './problemFacts';
import { excerpt, quoted } from './quoted';

interface ShapedDataset {
  readonly labels: ReadonlyArray<{ readonly id: string }>;
  readonly documents: ReadonlyArray<{
    readonly id: string;
    readonly text: string;
    readonly annotations: ReadonlyArray<{
      readonly id: string;
      readonly label: string;
      readonly start: number;
      readonly end: number;
      readonly text: string;
      readonly annotator: string;
    }>;
  }>;
}

/** A document id as a message names it: as it is when well-formed, else quoted (it may be anything). */
function documentName(id: string): string {
  return isDocumentId(id) ? id : quoted(id);
}

/**
 * The cross-field checks of a dataset that passed the shape schema; every failure is added as
 * an issue naming the document and annotation, with the expected and the found text for a quote
 * mismatch, so nothing is ever silently fixed. Ids, labels and quotes from the file are shown
 * through `quoted` (escaped, shortened), so a hostile file cannot garble or flood the messages.
 */
export function checkDatasetConsistency(dataset: ShapedDataset, ctx: z.RefinementCtx): void {
  const labelIds = new Set<string>();
  dataset.labels.forEach((label, index) => {
    if (labelIds.has(label.id)) ctx.addIssue({ code: 'custom', path: ['labels', index, 'id'], message: `duplicate label id ${quoted(label.id)}`, params: facts({ code: 'duplicateLabelId', id: excerpt(label.id) }) });
    labelIds.add(label.id);
  });
  const documentIds = new Set<string>();
  const annotationIds = new Set<string>();
  dataset.documents.forEach((document, d) => {
    const at = (...rest: PropertyKey[]): PropertyKey[] => ['documents', d, ...rest];
    if (documentIds.has(document.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate document id ${documentName(document.id)}`, params: facts({ code: 'duplicateDocumentId', id: excerpt(document.id) }) });
    documentIds.add(document.id);
    const actualId = documentIdOf(document.text);
    if (actualId !== document.id) {
      ctx.addIssue({
        code: 'custom',
        path: at('id'),
        message: `document id ${documentName(document.id)} is not the sha256 of its text (${actualId})`,
        params: facts({ code: 'documentIdMismatch', id: excerpt(document.id), actual: actualId }),
      });
    }
    document.annotations.forEach((a, i) => {
      const where = `document ${documentName(document.id)} annotation ${quoted(a.id)}`;
      if (annotationIds.has(a.id)) ctx.addIssue({ code: 'custom', path: at('annotations', i, 'id'), message: `${where}: duplicate annotation id (ids must be unique in the file)`, params: facts({ code: 'duplicateAnnotationId', id: excerpt(a.id) }) });
      annotationIds.add(a.id);
      if (!labelIds.has(a.label)) ctx.addIssue({ code: 'custom', path: at('annotations', i, 'label'), message: `${where}: label ${quoted(a.label)} is not in "labels"`, params: facts({ code: 'unknownLabel', label: excerpt(a.label) }) });
    });
    const converter = createOffsetConverter(document.text);
    for (const problem of validateAnnotationsAgainstText(document.text, document.annotations, converter)) {
      if (problem.kind === 'duplicate-id') continue;
      const a = document.annotations[problem.index];
      if (a === undefined) continue;
      const found = problem.kind === 'text-mismatch' ? document.text.slice(converter.codePointToUtf16(a.start), converter.codePointToUtf16(a.end)) : '';
      const reason = problem.kind === 'text-mismatch' ? `span ${a.start}..${a.end} reads ${quoted(found)} but the annotation quotes ${quoted(a.text)}` : problem.message;
      ctx.addIssue({
        code: 'custom',
        path: at('annotations', problem.index, problem.kind === 'text-mismatch' ? 'text' : 'end'),
        message: `document ${documentName(document.id)} annotation ${quoted(problem.id)}: ${reason}`,
        params: facts(
          problem.kind === 'text-mismatch'
            ? { code: 'quoteMismatch', start: a.start, end: a.end, found: excerpt(found), quote: excerpt(a.text) }
            : { code: 'spanOutOfText', start: a.start, end: a.end, length: converter.codePointLength },
        ),
      });
    }
  });
}
