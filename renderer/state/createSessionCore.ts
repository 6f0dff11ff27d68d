import type { Annotation } from '@shared/annotation/annotation';
import { commitHistory, createHistory } from '@shared/annotation/history';
import { keepFittingRelations, type TaggedDocument } from '@shared/relation/relationList';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { createOffsetConverter, type OffsetConverter } from '@shared/text/offsetConverter';
import { createTextIndex, type TextIndex } from '@shared/text/textIndex';
import { causeOf } from '../api/failureText';
import { createAutosave, type Autosave } from './createAutosave';
import { annotationsJson } from './annotationsJson';
import { createStore, type Store } from './createStore';
import type { SessionDeps, SessionState } from './sessionTypes';

/** The insides a session's action modules share; never leaves `renderer/state/`. */
export interface SessionCore {
  readonly deps: SessionDeps;
  readonly documentId: string;
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly textIndex: TextIndex;
  readonly readOnly: boolean;
  readonly store: Store<SessionState>;
  readonly autosave: Autosave;
  current(): readonly Annotation[];
  /** Says "read-only" and returns true when the document cannot change. */
  refuseIfReadOnly(): boolean;
  /** My tags and relations as they are now (the present of the undo history). */
  currentDocument(): TaggedDocument;
  /**
   * Makes `next` my annotations as one undo step (none when unchanged) with `patch` applied, and
   * autosaves; relations whose tag is gone go in the same step.
   */
  commit(next: readonly Annotation[], label: string, patch?: Partial<SessionState>): void;
  /** Makes `next` the present (tags and relations) as one undo step with `patch` applied, and autosaves. */
  commitDocument(next: TaggedDocument, label: string, patch?: Partial<SessionState>): void;
  /** The document `annotations` would make, keeping the relations that still fit their tags, and how many went. */
  withAnnotations(annotations: readonly Annotation[]): { document: TaggedDocument; dropped: number };
  /** Whether the filter shows an annotation's label. */
  isShown(annotation: Annotation): boolean;
}

/**
 * Creates a session's state (one undo history per document, restored when the file is unchanged),
 * its text helpers and the autosave that the UI never waits for.
 */
export function createSessionCore(deps: SessionDeps): SessionCore {
  const { opened } = deps;
  const text = opened.document.text;
  const documentId = opened.document.id;
  const readOnly = opened.readOnly;
  const store = createStore<SessionState>({
    history: deps.previous && deps.previous.rev === opened.rev ? deps.previous.history : createHistory<TaggedDocument>({ annotations: opened.annotations, relations: opened.relations ?? [] }),
    selectedId: null,
    rev: opened.rev,
    save: readOnly ? 'read-only' : 'saved',
    saveError: null,
    message: null,
    hiddenLabels: [],
  });
  const currentDocument = () => store.get().history.present;
  const current = () => currentDocument().annotations;

  const autosave = createAutosave({
    save: async () => {
      const { annotations, relations } = currentDocument();
      const { rev } = await deps.saveAnnotations({ documentId, baseRev: store.get().rev, annotations: annotationsJson(annotations), relations: [...relations] });
      store.set((s) => ({ ...s, rev }));
    },
    onStatus: (save, error) =>
      store.set((s) => ({ ...s, save, saveError: error === undefined ? null : causeOf(error) })),
    isConflict: deps.isConflict,
  });

  /** The document `annotations` would make: relations follow their tags; those of a tag that is gone, or whose labels their type no longer allows, go. */
  function withAnnotations(annotations: readonly Annotation[]): { document: TaggedDocument; dropped: number } {
    const { relations } = currentDocument();
    if (relations.length === 0) return { document: { annotations, relations }, dropped: 0 };
    const { kept, orphaned } = keepFittingRelations(relations, annotations, DEFAULT_RELATION_TYPES);
    return { document: { annotations, relations: kept }, dropped: orphaned.length };
  }

  function commitDocument(next: TaggedDocument, label: string, patch: Partial<SessionState> = {}): void {
    store.set((s) => ({ ...s, ...patch, history: commitHistory(s.history, next, label) }));
    autosave.changed();
  }

  return {
    deps,
    documentId,
    text,
    converter: createOffsetConverter(text),
    textIndex: createTextIndex(text),
    readOnly,
    store,
    autosave,
    current,
    refuseIfReadOnly() {
      if (!readOnly) return false;
      store.set((s) => ({ ...s, message: { key: 'status.readOnly', severity: 'warning' } }));
      return true;
    },
    currentDocument,
    withAnnotations,
    commit(next, label, patch = {}) {
      if (next === current()) {
        store.set((s) => ({ ...s, ...patch }));
        return;
      }
      commitDocument(withAnnotations(next).document, label, patch);
    },
    commitDocument,
    isShown: (a) => !store.get().hiddenLabels.includes(a.label),
  };
}
