import { labelCountsOf } from '@shared/annotation/countLabels';
import type { CorpusEntry } from '@shared/ipc/methods/corpusMethods';

/** Per corpus entry (entries are replaced, never changed in place), its stored tag counts as a record. */
const countsByEntry = new WeakMap<CorpusEntry, Readonly<Record<string, number>> | null>();

/**
 * An entry's stored tag counts (null: unknown), built once per entry, so a list mounted again
 * after a document switch builds the records of the rows it draws, not of all 10,000 documents.
 */
export function storedCountsOf(entry: CorpusEntry): Readonly<Record<string, number>> | null {
  let counts = countsByEntry.get(entry);
  if (counts === undefined) countsByEntry.set(entry, (counts = entry.labelCounts && labelCountsOf(entry.labelCounts)));
  return counts;
}

/** An entry's stored tag total (0 when unknown), summed from the list as main sent it. */
function totalOf(entry: CorpusEntry): number {
  let total = 0;
  for (const { count } of entry.labelCounts ?? []) total += count;
  return total;
}

/** The largest stored total of a list, whose it is, and the largest of the others. */
interface Largest {
  id: string | null;
  first: number;
  second: number;
}

const largestByList = new WeakMap<readonly CorpusEntry[], Largest>();

/**
 * The largest stored tag total among `documents` other than `exceptId` (the open document, whose
 * live counts are shown instead); one pass per list, kept, so every mount and every switch between
 * documents of the same list reads it in constant time.
 */
export function largestStoredTotal(documents: readonly CorpusEntry[], exceptId: string): number {
  let largest = largestByList.get(documents);
  if (!largest) {
    largest = { id: null, first: 0, second: 0 };
    for (const d of documents) {
      const total = totalOf(d);
      if (total > largest.first) [largest.id, largest.first, largest.second] = [d.id, total, largest.first];
      else if (total > largest.second) largest.second = total;
    }
    largestByList.set(documents, largest);
  }
  return largest.id === exceptId ? largest.second : largest.first;
}
