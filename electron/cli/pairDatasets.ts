import type { AgreementDocument } from '@shared/agreement/agreementCounts';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import type { DatasetDocument, TagwerkDataset } from '@shared/formats/datasetSchema';

/** One document both files hold: its id and title, and the pair of span lists to compare. */
export interface PairedDocument extends AgreementDocument {
  readonly id: string;
  readonly title: string;
}

/** What two datasets have in common for agreement, and what they do not. */
export interface DatasetPairing {
  /** Tagwerk's four labels first (always listed), then any other label either file declares. */
  readonly labelIds: string[];
  /** Documents in both files (matched by id, i.e. by identical text), in A's order. */
  readonly documents: PairedDocument[];
  readonly onlyInA: DatasetDocument[];
  readonly onlyInB: DatasetDocument[];
}

/**
 * Pairs the documents of A (the reference) and B by id — the sha256 of the text, so only
 * identical texts are compared and offsets mean the same thing on both sides — with every
 * annotation and relation of each document on its side; the label set is Tagwerk's plus what the files declare.
 */
export function pairDatasets(a: TagwerkDataset, b: TagwerkDataset): DatasetPairing {
  const labelIds = [...new Set([...LABEL_IDS, ...a.labels.map((l) => l.id), ...b.labels.map((l) => l.id)])];
  const inB = new Map(b.documents.map((d) => [d.id, d]));
  const inA = new Set(a.documents.map((d) => d.id));
  const documents: PairedDocument[] = [];
  const onlyInA: DatasetDocument[] = [];
  for (const doc of a.documents) {
    const other = inB.get(doc.id);
    if (other === undefined) onlyInA.push(doc);
    else {
      documents.push({
        id: doc.id,
        title: doc.title,
        text: doc.text,
        reference: doc.annotations,
        compared: other.annotations,
        referenceRelations: 'relations' in doc ? (doc.relations ?? []) : [],
        comparedRelations: 'relations' in other ? (other.relations ?? []) : [],
      });
    }
  }
  return { labelIds, documents, onlyInA, onlyInB: b.documents.filter((d) => !inA.has(d.id)) };
}

/** The distinct annotators of a dataset's annotations, sorted. */
export function annotatorsOf(dataset: TagwerkDataset): string[] {
  return [...new Set(dataset.documents.flatMap((d) => d.annotations.map((x) => x.annotator)))].sort();
}
