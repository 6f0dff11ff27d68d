import { agreementCounts } from '@shared/agreement/agreementCounts';
import type { AgreementCounts } from '@shared/agreement/agreementReport';
import type { DocumentStore } from '../../../node/store/createDocumentStore';
import { canonicalAnnotator } from '@shared/text/canonicalAnnotator';

/** One document's agreement counts of my set (reference) against a colleague's. */
export interface DocumentAgreementCounts {
  readonly documentId: string;
  readonly title: string;
  readonly counts: AgreementCounts;
}

/**
 * The agreement counts, me as reference, of every stored document that has a colleague set by
 * `annotator` (every document both annotators worked on), one entry per document in store order, so the caller can
 * swap in the open document's live counts before summing.
 */
export async function corpusAgreementCounts(store: DocumentStore, annotator: string, labelIds: readonly string[]): Promise<DocumentAgreementCounts[]> {
  const out: DocumentAgreementCounts[] = [];
  const { documents } = await store.listDocuments();
  for (const meta of documents) {
    // Sets stored before names were canonical may hold an NFD or padded spelling of the same name.
    const theirs = (await store.listColleagueSets(meta.id)).sets.find((s) => canonicalAnnotator(s.annotator) === canonicalAnnotator(annotator));
    if (theirs === undefined) continue;
    const mine = await store.loadAnnotations(meta.id);
    const { text } = await store.getDocument(meta.id);
    out.push({
      documentId: meta.id,
      title: meta.title,
      counts: agreementCounts(
        { text, reference: mine.annotations, compared: theirs.annotations, referenceRelations: mine.relations, comparedRelations: theirs.relations },
        labelIds,
      ),
    });
  }
  return out;
}
