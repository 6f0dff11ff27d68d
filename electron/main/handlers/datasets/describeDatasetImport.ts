import { problemPath, problemSentence } from '@shared/formats/problemSentence';
import type { ImportResult } from '@shared/ipc/methods/datasetMethods';
import type { Translate } from '../../../node/i18n/createTranslator';

/** A dataset import told in one line: what was stored (and the document to show), or why nothing was. */
export type DescribedImport = { ok: true; line: string; openDocumentId: string | null } | { ok: false; line: string };

/**
 * Says what importing a dataset opened from the OS did, in the user's language (`t`), as the
 * Import dialog's summary does: documents (new ones counted), my tags added, colleagues' sets
 * stored; or that nothing was stored and the first problem (as a sentence, with its JSON path) of how many.
 */
export function describeDatasetImport(result: ImportResult, t: Translate): DescribedImport {
  if (result.status === 'cancelled') return { ok: false, line: t('main.osImport.cancelled') };
  if (result.status === 'invalid') {
    const [problem] = result.problems;
    const sentence = problem === undefined ? '' : problemSentence(t, problem);
    const first = problem === undefined ? [] : [problem.path === '' ? t('main.osImport.firstHere', { problem: sentence }) : t('main.osImport.first', { problem: sentence, path: problemPath(t, problem.path) })];
    return { ok: false, line: [t('main.osImport.refused', { name: result.name, count: result.total }), ...first, t('main.osImport.seeAll')].join(' ') };
  }
  const created = result.documents.filter((d) => d.created).length;
  const mine = result.documents.reduce((sum, d) => sum + (d.mine?.added ?? 0), 0);
  const colleagues = [...new Set(result.documents.flatMap((d) => d.colleagues.map((c) => c.annotator)))];
  const parts = [
    t('main.osImport.documents', { count: result.documents.length, created }),
    t('main.osImport.mine', { count: mine }),
    ...(colleagues.length > 0 ? [t('main.osImport.colleagues', { names: colleagues.join(', ') })] : []),
  ];
  return { ok: true, line: t('main.osImport.imported', { name: result.name, parts: parts.join('; ') }), openDocumentId: result.documents[0]?.id ?? null };
}
