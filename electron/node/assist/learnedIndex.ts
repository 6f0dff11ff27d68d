import { labeledStringKey, type LabeledString } from '@shared/assist/suggestLearned';

/** Longest string the index keeps, in UTF-16 units: longer tags (whole claims) practically never recur verbatim. */
export const LEARNED_TEXT_MAX = 300;

/** Most distinct (label, string) pairs the index serves; past it, the strings tagged in the most documents win. */
export const LEARNED_MAX = 20_000;

/**
 * The strings of my tags per document, and over all documents: which (label, string) pairs
 * occur in how many documents. Keys are data (tagged text), so they live in Maps, never as
 * object properties ("__proto__" is a fine thing to tag).
 */
export interface LearnedIndex {
  /** Replaces what the index knows of one document with the strings of its tags now. */
  replaceDocument(documentId: string, tags: readonly LabeledString[]): void;
  /** Every learned pair, each once, leaving out what only `exceptDocumentId` contributes. */
  list(exceptDocumentId?: string): LabeledString[];
  readonly documents: number;
}

/** Creates an empty learned-strings index. */
export function createLearnedIndex(): LearnedIndex {
  const perDocument = new Map<string, Set<string>>();
  const totals = new Map<string, { entry: LabeledString; documents: number }>();
  return {
    replaceDocument(documentId, tags) {
      for (const key of perDocument.get(documentId) ?? []) {
        const total = totals.get(key);
        if (!total) continue;
        total.documents -= 1;
        if (total.documents === 0) totals.delete(key);
      }
      const keys = new Set<string>();
      for (const tag of tags) {
        const text = tag.text.normalize('NFC');
        if (text.trim() === '' || text.length > LEARNED_TEXT_MAX) continue;
        const key = labeledStringKey({ label: tag.label, text });
        if (keys.has(key)) continue;
        keys.add(key);
        const total = totals.get(key);
        if (total) total.documents += 1;
        else totals.set(key, { entry: { label: tag.label, text }, documents: 1 });
      }
      if (keys.size === 0) perDocument.delete(documentId);
      else perDocument.set(documentId, keys);
    },
    list(exceptDocumentId) {
      const own = exceptDocumentId === undefined ? undefined : perDocument.get(exceptDocumentId);
      const out: { entry: LabeledString; documents: number }[] = [];
      for (const [key, total] of totals) {
        const documents = total.documents - (own?.has(key) ? 1 : 0);
        if (documents > 0) out.push({ entry: total.entry, documents });
      }
      if (out.length > LEARNED_MAX) out.sort((a, b) => b.documents - a.documents);
      return out.slice(0, LEARNED_MAX).map((o) => o.entry);
    },
    get documents() {
      return perDocument.size;
    },
  };
}
