import type { DocumentEncoding } from '@shared/ipc/methods/corpusMethods';

/**
 * How each document's text was decoded (the line above the text), asked of main once per
 * document. The sidebar asks as a switch starts, beside the open itself, so the line is drawn with
 * the text in one commit instead of by a second round trip and render after the text is shown.
 */
export interface EncodingMemo {
  /** Main's answer for a document, asked once (a failed ask is forgotten, so the next one asks again). */
  request(documentId: string): Promise<DocumentEncoding>;
  /** The answer if it has arrived, else null. */
  known(documentId: string): DocumentEncoding | null;
  /** Forgets every answer (documents changed: a reopen with another encoding, an import). */
  clear(): void;
}

/** Creates the memo over main's `describeEncoding`, keeping the last `size` documents' answers. */
export function createEncodingMemo(describe: (request: { documentId: string }) => Promise<DocumentEncoding>, size = 32): EncodingMemo {
  const asked = new Map<string, Promise<DocumentEncoding>>();
  const answers = new Map<string, DocumentEncoding>();
  return {
    request(documentId) {
      const pending = asked.get(documentId);
      if (pending !== undefined) return pending;
      const asking = describe({ documentId }).then(
        (answer) => {
          if (asked.get(documentId) === asking) answers.set(documentId, answer);
          return answer;
        },
        (error: unknown) => {
          if (asked.get(documentId) === asking) asked.delete(documentId);
          throw error;
        },
      );
      asked.set(documentId, asking);
      for (const oldest of asked.keys()) {
        if (asked.size <= size) break;
        asked.delete(oldest);
        answers.delete(oldest);
      }
      return asking;
    },
    known: (documentId) => answers.get(documentId) ?? null,
    clear() {
      asked.clear();
      answers.clear();
    },
  };
}
