import type { OpenedDocument } from '@shared/ipc/contract';

/** The part of a document session a switch needs: save it, keep its undo history, count its tags, end it. */
export interface LeavingSession {
  readonly documentId: string;
  flush(): Promise<void>;
  dispose(): void;
}

/** What a switch runs on: main's open, the session shown now, and what to do with the result. */
export interface DocumentSwitchDeps<S extends LeavingSession> {
  openDocument(request: { documentId: string }): Promise<OpenedDocument>;
  /** The session the workbench shows right now (null before the first document). */
  current(): S | null;
  /** Called with the session being left, just before it is disposed (keep its history, hand its tag counts to the list). */
  leave(session: S): void;
  /** Shows the opened document (App's state). */
  show(opened: OpenedDocument): void;
  /** Tells that opening failed (the document shown stays). */
  failed(error: unknown): void;
}

/** Switches documents; `open` resolves when the switch it asked for is done, replaced by a later one, or failed. */
export interface DocumentSwitch {
  open(documentId: string): Promise<void>;
}

/**
 * Creates the window's document switch: the document shown is saved first, then the other is
 * opened with its annotations and the session left behind is disposed. When documents are chosen
 * faster than main answers (three clicks in a row), the last choice wins whatever order the
 * answers come in: an earlier answer never replaces a later choice, so the next tag lands in the
 * document the analyst chose last.
 */
export function createDocumentSwitch<S extends LeavingSession>(deps: DocumentSwitchDeps<S>): DocumentSwitch {
  let latest = 0;
  return {
    async open(documentId) {
      const ticket = ++latest;
      await deps.current()?.flush();
      let opened: OpenedDocument;
      try {
        opened = await deps.openDocument({ documentId });
      } catch (error) {
        if (ticket === latest) deps.failed(error);
        return;
      }
      if (ticket !== latest) return;
      // The session shown now, which is the one this switch saved: only the latest choice is ever shown.
      const leaving = deps.current();
      if (leaving) {
        deps.leave(leaving);
        leaving.dispose();
      }
      deps.show(opened);
    },
  };
}
