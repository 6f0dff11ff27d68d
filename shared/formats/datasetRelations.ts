import type { z } from 'zod';
import type { Relation } from '../relation/relation';
import { relationEnds, relationListProblems, type RelationEnd, type RelationProblem } from '../relation/relationProblems';
import type { RelationType } from '../relation/relationType';
import { isDocumentId } from '../text/documentId';
import { issueFacts, type ProblemFacts } from './problemFacts';
import { excerpt, quoted } from './quoted';

interface DatasetWithRelations {
  readonly version: number;
  readonly labels: ReadonlyArray<{ readonly id: string }>;
  readonly relationTypes?: readonly RelationType[] | undefined;
  readonly documents: ReadonlyArray<{
    readonly id: string;
    readonly annotations: ReadonlyArray<{ readonly id: string; readonly label: string; readonly annotator: string }>;
    readonly relations?: readonly Relation[] | undefined;
  }>;
}

/** A relation problem's code and values, from its kind and the relation, its ends and the declared types. */
function relationFacts(problem: RelationProblem, relation: Relation, ends: ReadonlyMap<string, RelationEnd>, types: readonly RelationType[]): ProblemFacts {
  const end = problem.field === 'from' ? 'from' : 'to';
  switch (problem.kind) {
    case 'self':
      return { code: 'relationToItself', from: excerpt(relation.from) };
    case 'unknown-from':
    case 'unknown-to':
      return { code: 'relationEndMissing', end, id: excerpt(relation[end]) };
    case 'other-annotator':
      return { code: 'relationEndOtherAnnotator', end, id: excerpt(relation[end]), annotator: excerpt(ends.get(relation[end])?.annotator ?? ''), relationAnnotator: excerpt(relation.annotator) };
    case 'unknown-type':
      return { code: 'relationTypeUnknown', type: excerpt(relation.type) };
    case 'pair-not-allowed': {
      const type = types.find((t) => t.id === relation.type);
      const allowed = type === undefined ? '' : `${type.from.join('/')} → ${type.to.join('/')}`;
      return { code: 'relationPairNotAllowed', type: excerpt(relation.type), from: excerpt(ends.get(relation.from)?.label ?? ''), to: excerpt(ends.get(relation.to)?.label ?? ''), allowed: excerpt(allowed) };
    }
    case 'duplicate':
    case 'duplicate-id':
      return { code: 'relationDuplicate', type: excerpt(relation.type), from: excerpt(relation.from), to: excerpt(relation.to) };
  }
}

/**
 * The relation checks of a dataset that passed the shape schema, one issue per defect with its
 * JSON path: relations only from version 2 on, relation type ids unique and their labels
 * declared, relation ids unique in the file, and every relation between two tags of its document
 * and its annotator, with a declared type allowing their label pair, and no (type, from, to) twice.
 */
export function checkDatasetRelations(dataset: DatasetWithRelations, ctx: z.RefinementCtx): void {
  if (dataset.version < 2) {
    if (dataset.relationTypes !== undefined) ctx.addIssue({ code: 'custom', path: ['relationTypes'], message: 'relation types need "version": 2', params: issueFacts({ code: 'relationTypesNeedV2' }) });
    dataset.documents.forEach((document, d) => {
      if (document.relations !== undefined) ctx.addIssue({ code: 'custom', path: ['documents', d, 'relations'], message: 'relations need "version": 2', params: issueFacts({ code: 'relationsNeedV2' }) });
    });
    return;
  }
  const types = dataset.relationTypes ?? [];
  const labelIds = new Set(dataset.labels.map((label) => label.id));
  const typeIds = new Set<string>();
  types.forEach((type, t) => {
    if (typeIds.has(type.id)) ctx.addIssue({ code: 'custom', path: ['relationTypes', t, 'id'], message: `duplicate relation type id ${quoted(type.id)}`, params: issueFacts({ code: 'duplicateRelationTypeId', id: excerpt(type.id) }) });
    typeIds.add(type.id);
    for (const end of ['from', 'to'] as const) {
      type[end].forEach((label, l) => {
        if (!labelIds.has(label)) {
          ctx.addIssue({
            code: 'custom',
            path: ['relationTypes', t, end, l],
            message: `relation type ${quoted(type.id)}: label ${quoted(label)} is not in "labels"`,
            params: issueFacts({ code: 'relationTypeUnknownLabel', type: excerpt(type.id), label: excerpt(label) }),
          });
        }
      });
    }
  });
  const relationIds = new Set<string>();
  dataset.documents.forEach((document, d) => {
    const relations = document.relations ?? [];
    const where = (index: number) => `document ${isDocumentId(document.id) ? document.id : quoted(document.id)} relation ${quoted(relations[index]?.id ?? '')}`;
    relations.forEach((relation, r) => {
      if (relationIds.has(relation.id)) {
        ctx.addIssue({ code: 'custom', path: ['documents', d, 'relations', r, 'id'], message: `${where(r)}: duplicate relation id (ids must be unique in the file)`, params: issueFacts({ code: 'duplicateRelationId', id: excerpt(relation.id) }) });
      }
      relationIds.add(relation.id);
    });
    const ends = relationEnds(document.annotations);
    for (const problem of relationListProblems(relations, ends, types)) {
      const relation = relations[problem.index];
      if (problem.kind === 'duplicate-id' || relation === undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['documents', d, 'relations', problem.index, problem.field],
        message: `${where(problem.index)}: ${problem.message}`,
        params: issueFacts(relationFacts(problem, relation, ends, types)),
      });
    }
  });
}
