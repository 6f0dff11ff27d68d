import type { ImportResult } from '@shared/ipc/methods/datasetMethods';

/** A dataset import told in one line: what was stored (and the document to show), or why nothing was. */
export type DescribedImport = { ok: true; line: string; openDocumentId: string | null } | { ok: false; line: string };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Says what importing a dataset opened from the OS did, as the Import dialog's summary does:
 * documents (new ones counted), my tags added, colleagues' sets stored; or that nothing was
 * stored and the first problem (with its JSON path) of how many.
 */
export function describeDatasetImport(result: ImportResult): DescribedImport {
  if (result.status === 'cancelled') return { ok: false, line: 'The dataset was not imported.' };
  if (result.status === 'invalid') {
    const [problem] = result.problems;
    const where = problem?.path ? ` at ${problem.path}` : '';
    const first = problem ? ` First: ${problem.message}${where}.` : '';
    return { ok: false, line: `“${result.name}” was not imported: ${plural(result.total, 'problem', 'problems')}, nothing was stored.${first} Use Import… to see every problem.` };
  }
  const created = result.documents.filter((d) => d.created).length;
  const mine = result.documents.reduce((sum, d) => sum + (d.mine?.added ?? 0), 0);
  const colleagues = [...new Set(result.documents.flatMap((d) => d.colleagues.map((c) => c.annotator)))];
  const parts = [
    `${plural(result.documents.length, 'document', 'documents')} (${created} new)`,
    `${plural(mine, 'tag', 'tags')} of yours added`,
    ...(colleagues.length > 0 ? [`colleagues’ tags stored for review: ${colleagues.join(', ')}`] : []),
  ];
  return { ok: true, line: `“${result.name}” imported: ${parts.join('; ')}.`, openDocumentId: result.documents[0]?.id ?? null };
}
