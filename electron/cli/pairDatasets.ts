import type { AgreementDocument } from '@shared/agreement/agreementCounts';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import type { DatasetDocument, TagwerkDataset } from '@shared/formats/datasetSchema';
import type { Relation } from '@shared/relation/relation';

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

/** How to pair: `withoutAssist` leaves out every annotation accepted from the assist (`origin: "assist"`) and the relations touching one. */
export interface PairingOptions {
  readonly withoutAssist?: boolean;
}

/** One side's spans and relations, without the assisted ones (and the relations touching them) when asked: agreement then measures the analysts' own tags. */
function sideOf(doc: DatasetDocument, options: PairingOptions): { annotations: DatasetDocument['annotations']; relations: Relation[] } {
  const all: Relation[] = 'relations' in doc ? (doc.relations ?? []) : [];
  if (!options.withoutAssist) return { annotations: doc.annotations, relations: all };
  const annotations = doc.annotations.filter((x) => !('origin' in x) || x.origin !== 'assist');
  const kept = new Set(annotations.map((x) => x.id));
  return { annotations, relations: all.filter((r) => kept.has(r.from) && kept.has(r.to)) };
}

/** How many annotations of a dataset came from the assist (`origin: "assist"`). */
export function assistedCount(dataset: TagwerkDataset): number {
  return dataset.documents.reduce((n, d) => n + d.annotations.filter((x) => 'origin' in x && x.origin === 'assist').length, 0);
}

/**
 * Pairs the documents of A (the reference) and B by id — the sha256 of the text, so only
 * identical texts are compared and offsets mean the same thing on both sides — with every
 * annotation and relation of each document on its side; the label set is Tagwerk's plus what the files declare.
 */
export function pairDatasets(a: TagwerkDataset, b: TagwerkDataset, options: PairingOptions = {}): DatasetPairing {
  const labelIds = [...new Set([...LABEL_IDS, ...a.labels.map((l) => l.id), ...b.labels.map((l) => l.id)])];
  const inB = new Map(b.documents.map((d) => [d.id, d]));
  const inA = new Set(a.documents.map((d) => d.id));
  const documents: PairedDocument[] = [];
  const onlyInA: DatasetDocument[] = [];
  for (const doc of a.documents) {
    const other = inB.get(doc.id);
    if (other === undefined) onlyInA.push(doc);
    else {
      const mine = sideOf(doc, options);
      const theirs = sideOf(other, options);
      documents.push({
        id: doc.id,
        title: doc.title,
        text: doc.text,
        reference: mine.annotations,
        compared: theirs.annotations,
        referenceRelations: mine.relations,
        comparedRelations: theirs.relations,
      });
    }
  }
  return { labelIds, documents, onlyInA, onlyInB: b.documents.filter((d) => !inA.has(d.id)) };
}

/** The distinct annotators of a dataset's annotations, sorted. */
export function annotatorsOf(dataset: TagwerkDataset): string[] {
  return [...new Set(dataset.documents.flatMap((d) => d.annotations.map((x) => x.annotator)))].sort();
}
