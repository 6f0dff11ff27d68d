import type { Annotation } from '../../shared/annotation/annotation';
import { commitHistory, createHistory } from '../../shared/annotation/history';
import { createOffsetConverter, type OffsetConverter } from '../../shared/text/offsetConverter';
import { createTextIndex, type TextIndex } from '../../shared/text/textIndex';
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
  /** Makes `next` the present as one undo step (none when unchanged) with `patch` applied, and autosaves. */
  commit(next: readonly Annotation[], label: string, patch?: Partial<SessionState>): void;
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
    history: deps.previous && deps.previous.rev === opened.rev ? deps.previous.history : createHistory<readonly Annotation[]>(opened.annotations),
    selectedId: null,
    rev: opened.rev,
    save: readOnly ? 'read-only' : 'saved',
    saveError: null,
    message: null,
    hiddenLabels: [],
  });
  const current = () => store.get().history.present;

  const autosave = createAutosave({
    save: async () => {
      const { rev } = await deps.saveAnnotations({ documentId, baseRev: store.get().rev, annotations: annotationsJson(current()) });
      store.set((s) => ({ ...s, rev }));
    },
    onStatus: (save, error) =>
      store.set((s) => ({ ...s, save, saveError: error === undefined ? null : error instanceof Error ? error.message : String(error) })),
    isConflict: deps.isConflict,
  });

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
    commit(next, label, patch = {}) {
      if (next === current()) {
        store.set((s) => ({ ...s, ...patch }));
        return;
      }
      store.set((s) => ({ ...s, ...patch, history: commitHistory(s.history, next, label) }));
      autosave.changed();
    },
    isShown: (a) => !store.get().hiddenLabels.includes(a.label),
  };
}
