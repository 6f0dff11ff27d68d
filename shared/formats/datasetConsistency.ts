import type { z } from 'zod';
import { validateAnnotationsAgainstText } from '../annotation/validateAnnotationsAgainstText';
import { documentIdOf } from '../text/documentId';

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

/**
 * The cross-field checks of a dataset that passed the shape schema; every failure is added as
 * an issue naming the document and annotation, with the expected and the found text for a quote
 * mismatch, so nothing is ever silently fixed.
 */
export function checkDatasetConsistency(dataset: ShapedDataset, ctx: z.RefinementCtx): void {
  const labelIds = new Set<string>();
  dataset.labels.forEach((label, index) => {
    if (labelIds.has(label.id)) ctx.addIssue({ code: 'custom', path: ['labels', index, 'id'], message: `duplicate label id "${label.id}"` });
    labelIds.add(label.id);
  });
  const documentIds = new Set<string>();
  const annotationIds = new Set<string>();
  dataset.documents.forEach((document, d) => {
    const at = (...rest: PropertyKey[]): PropertyKey[] => ['documents', d, ...rest];
    if (documentIds.has(document.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate document id ${document.id}` });
    documentIds.add(document.id);
    const actualId = documentIdOf(document.text);
    if (actualId !== document.id) {
      ctx.addIssue({ code: 'custom', path: at('id'), message: `document id ${document.id} is not the sha256 of its text (${actualId})` });
    }
    document.annotations.forEach((a, i) => {
      const where = `document ${document.id} annotation "${a.id}"`;
      if (annotationIds.has(a.id)) ctx.addIssue({ code: 'custom', path: at('annotations', i, 'id'), message: `${where}: duplicate annotation id (ids must be unique in the file)` });
      annotationIds.add(a.id);
      if (!labelIds.has(a.label)) ctx.addIssue({ code: 'custom', path: at('annotations', i, 'label'), message: `${where}: label "${a.label}" is not in "labels"` });
    });
    for (const problem of validateAnnotationsAgainstText(document.text, document.annotations)) {
      if (problem.kind === 'duplicate-id') continue;
      const field = problem.kind === 'text-mismatch' ? 'text' : 'end';
      ctx.addIssue({
        code: 'custom',
        path: at('annotations', problem.index, field),
        message: `document ${document.id} annotation "${problem.id}": ${problem.message}`,
      });
    }
  });
}
