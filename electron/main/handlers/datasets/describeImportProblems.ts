import type { FormatProblem } from '@shared/formats/formatProblem';
import type { ImportProblem } from '@shared/ipc/methods/datasetMethods';

const LOCATION = /^documents\[(\d+)\](?:\.annotations\[(\d+)\])?/;

function field<T extends 'string' | 'number'>(value: unknown, key: string, type: T): (T extends 'string' ? string : number) | undefined {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === type ? (found as T extends 'string' ? string : number) : undefined;
}

function at(value: unknown, key: string, index: number): unknown {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? (list[index] as unknown) : undefined;
}

/** Only the fields that are present, so the IPC answer carries no undefined values. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** One problem with the document and annotation it names, read from the file as it is (fields of a wrong type are left out). */
function describe(raw: unknown, problem: FormatProblem): ImportProblem {
  const match = LOCATION.exec(problem.path);
  if (!match) return problem;
  const documentIndex = Number(match[1]);
  const document = at(raw, 'documents', documentIndex);
  const located: ImportProblem = {
    ...problem,
    document: defined({ index: documentIndex, title: field(document, 'title', 'string') }),
  };
  if (match[2] === undefined) return located;
  const annotationIndex = Number(match[2]);
  const annotation = at(document, 'annotations', annotationIndex);
  // The location is given as fields, so the message drops the validator's `document … annotation "…": ` lead.
  const lead = `document ${String(field(document, 'id', 'string'))} annotation "${String(field(annotation, 'id', 'string'))}": `;
  return {
    ...located,
    message: problem.message.startsWith(lead) ? problem.message.slice(lead.length) : problem.message,
    annotation: defined({
      index: annotationIndex,
      id: field(annotation, 'id', 'string'),
      label: field(annotation, 'label', 'string'),
      start: field(annotation, 'start', 'number'),
      end: field(annotation, 'end', 'number'),
      text: field(annotation, 'text', 'string'),
    }),
  };
}

/**
 * The problems of a refused import, span by span: each names its document (index, title) and
 * annotation (index, id, label, offsets, quoted text) as the file has them (the message then
 * without the validator's lead naming them again), ordered file-level
 * first, then by document and annotation, so the import dialog can list them where they are.
 */
export function describeImportProblems(raw: unknown, problems: readonly FormatProblem[]): ImportProblem[] {
  const rank = (p: ImportProblem) => [p.document ? p.document.index : -1, p.annotation ? p.annotation.index : -1] as const;
  return problems
    .map((p) => describe(raw, p))
    .map((p, order) => ({ p, order, rank: rank(p) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map(({ p }) => p);
}
