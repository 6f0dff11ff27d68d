import type { Annotation } from '../../shared/annotation/annotation';
import { annotationFromSelection, type SelectionRejection } from '../../shared/annotation/annotationFromSelection';
import { addAnnotations, removeAnnotations, retagAnnotation, setAnnotationNote } from '../../shared/annotation/annotationList';
import { annotationsAt, neighbourAnnotation } from '../../shared/annotation/annotationNavigation';
import { canRedo, canUndo, commitHistory, createHistory, redoHistory, undoHistory, type History } from '../../shared/annotation/history';
import { tagAllHits } from '../../shared/annotation/tagAllHits';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { createOffsetConverter, type OffsetConverter } from '../../shared/text/offsetConverter';
import { createTextIndex, type TextIndex } from '../../shared/text/textIndex';
import { createAutosave, type Autosave, type SaveStatus } from './createAutosave';
import { createStore, type Store } from './createStore';

/** A message for the status line: an i18n key with its values. */
export interface StatusMessage {
  key: string;
  values?: Record<string, string | number>;
  severity: 'info' | 'warning' | 'error';
}

/** Everything the UI renders about one open document. */
export interface SessionState {
  history: History<readonly Annotation[]>;
  selectedId: string | null;
  rev: number;
  save: SaveStatus;
  saveError: string | null;
  message: StatusMessage | null;
}

/** What a session needs: who is annotating, ids, clock and the save call to main. */
export interface SessionDeps {
  opened: OpenedDocument;
  annotator(): string;
  snapToWords(): boolean;
  newId(): string;
  now(): string;
  saveAnnotations(request: { documentId: string; baseRev: number; annotations: Annotation[] }): Promise<{ rev: number }>;
  isConflict(error: unknown): boolean;
  /** The undo history this document had when it was last open in this window, if its file is unchanged since. */
  previous?: { rev: number; history: History<readonly Annotation[]> } | undefined;
}

/** What a bulk change may use: who is annotating, the time, and fresh annotation ids. */
export interface BulkTools {
  readonly annotator: string;
  readonly now: string;
  newId(): string;
}

/** One open document: its text helpers, observable state and every tagging action. */
export interface DocumentSession {
  readonly documentId: string;
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly textIndex: TextIndex;
  readonly readOnly: boolean;
  readonly store: Store<SessionState>;
  readonly autosave: Autosave;
  annotations(): readonly Annotation[];
  tagRange(utf16Start: number, utf16End: number, labelId: string): Annotation | null;
  retagSelected(labelId: string): void;
  deleteSelected(): void;
  setNote(id: string, note: string): void;
  select(id: string | null): void;
  selectNeighbour(direction: 1 | -1): Annotation | null;
  cycleAt(ids: readonly string[]): string | null;
  cycleOverlapping(): string | null;
  tagAll(query: string, labelId: string): number;
  /**
   * Makes `update(current, tools)` my annotations as ONE undo step — always a step, even when the
   * list is unchanged, so a review decision that only marks rows as reviewed undoes too; `null`
   * from `update` changes nothing. The selection is kept if its annotation is still there.
   * Returns whether a step was made (false also when the document is read-only).
   */
  replaceAnnotations(update: (current: readonly Annotation[], tools: BulkTools) => readonly Annotation[] | null, label: string, message?: StatusMessage): boolean;
  undo(): void;
  redo(): void;
  say(message: StatusMessage | null): void;
}

const REJECTION_KEYS: Record<SelectionRejection, string> = {
  empty: 'status.emptySelection',
  whitespace: 'status.whitespaceSelection',
  'out-of-range': 'status.outOfRange',
};

/**
 * Creates the session for an opened document: pure annotation ops from shared/ behind one undo
 * history, each change one step, with autosave to main that the UI never waits for.
 */
export function createDocumentSession(deps: SessionDeps): DocumentSession {
  const { opened } = deps;
  const text = opened.document.text;
  const documentId = opened.document.id;
  const converter = createOffsetConverter(text);
  const textIndex = createTextIndex(text);
  const readOnly = opened.readOnly;
  const store = createStore<SessionState>({
    // One undo history per document: coming back to a document restores its history, unless the
    // file changed meanwhile (another rev), when the stored annotations start a fresh history.
    history: deps.previous && deps.previous.rev === opened.rev ? deps.previous.history : createHistory<readonly Annotation[]>(opened.annotations),
    selectedId: null,
    rev: opened.rev,
    save: readOnly ? 'read-only' : 'saved',
    saveError: null,
    message: null,
  });
  const current = () => store.get().history.present;

  const autosave = createAutosave({
    save: async () => {
      const annotations = [...current()];
      const { rev } = await deps.saveAnnotations({ documentId, baseRev: store.get().rev, annotations });
      store.set((s) => ({ ...s, rev }));
    },
    onStatus: (save, error) =>
      store.set((s) => ({ ...s, save, saveError: error === undefined ? null : error instanceof Error ? error.message : String(error) })),
    isConflict: deps.isConflict,
  });

  const refuseIfReadOnly = (): boolean => {
    if (!readOnly) return false;
    store.set((s) => ({ ...s, message: { key: 'status.readOnly', severity: 'warning' } }));
    return true;
  };

  const commit = (next: readonly Annotation[], label: string, patch: Partial<SessionState> = {}) => {
    if (next === current()) {
      store.set((s) => ({ ...s, ...patch }));
      return;
    }
    store.set((s) => ({ ...s, ...patch, history: commitHistory(s.history, next, label) }));
    autosave.changed();
  };

  const select = (id: string | null) => store.set((s) => (s.selectedId === id ? s : { ...s, selectedId: id }));

  return {
    documentId,
    text,
    converter,
    textIndex,
    readOnly,
    store,
    autosave,
    annotations: current,
    tagRange(utf16Start, utf16End, labelId) {
      if (refuseIfReadOnly()) return null;
      const result = annotationFromSelection({
        text,
        converter,
        start: Math.min(utf16Start, utf16End),
        end: Math.max(utf16Start, utf16End),
        label: labelId,
        annotator: deps.annotator(),
        id: deps.newId(),
        now: deps.now(),
        snapToWords: deps.snapToWords(),
      });
      if (!result.ok) {
        store.set((s) => ({ ...s, message: { key: REJECTION_KEYS[result.reason], severity: 'warning' } }));
        return null;
      }
      const annotation = result.annotation;
      commit(addAnnotations(current(), [annotation]), 'add', {
        selectedId: annotation.id,
        message: { key: 'status.tagged', values: { label: labelId, text: annotation.text }, severity: 'info' },
      });
      return annotation;
    },
    retagSelected(labelId) {
      const id = store.get().selectedId;
      if (id === null || refuseIfReadOnly()) return;
      commit(retagAnnotation(current(), id, labelId, deps.now()), 'retag', {
        message: { key: 'status.retagged', values: { label: labelId }, severity: 'info' },
      });
    },
    deleteSelected() {
      const id = store.get().selectedId;
      if (id === null || refuseIfReadOnly()) return;
      const list = current();
      const index = list.findIndex((a) => a.id === id);
      const next = removeAnnotations(list, [id]);
      const neighbour = next[Math.min(index, next.length - 1)] ?? null;
      commit(next, 'delete', { selectedId: neighbour?.id ?? null, message: { key: 'status.deleted', severity: 'info' } });
    },
    setNote(id, note) {
      if (refuseIfReadOnly()) return;
      commit(setAnnotationNote(current(), id, note, deps.now()), 'note');
    },
    select,
    selectNeighbour(direction) {
      const target = neighbourAnnotation(current(), store.get().selectedId, direction);
      if (target) select(target.id);
      else store.set((s) => ({ ...s, message: { key: direction === 1 ? 'status.lastAnnotation' : 'status.firstAnnotation', severity: 'info' } }));
      return target;
    },
    cycleAt(ids) {
      // Every annotation under the pointer covers the latest start among them: order them as annotationsAt does.
      const under = current().filter((a) => ids.includes(a.id));
      if (under.length === 0) return null;
      const order = annotationsAt(under, Math.max(...under.map((a) => a.start))).map((a) => a.id);
      const selected = store.get().selectedId;
      const next = order[(selected === null ? -1 : order.indexOf(selected)) + 1] ?? order[0] ?? null;
      select(next);
      return next;
    },
    cycleOverlapping() {
      const list = current();
      const selected = list.find((a) => a.id === store.get().selectedId);
      if (!selected) return null;
      // Text order (the list's order): the outer claim, then the spans inside it, then around again.
      const order = list.filter((a) => a.start < selected.end && a.end > selected.start).map((a) => a.id);
      const next = order[order.indexOf(selected.id) + 1] ?? order[0] ?? null;
      select(next);
      return next;
    },
    tagAll(query, labelId) {
      if (refuseIfReadOnly()) return 0;
      const { added, skipped } = tagAllHits({
        text,
        converter,
        annotations: current(),
        query,
        label: labelId,
        annotator: deps.annotator(),
        newId: deps.newId,
        now: deps.now(),
      });
      commit(added.length > 0 ? addAnnotations(current(), added) : current(), 'tag-all', {
        message: { key: 'status.taggedAll', values: { count: added.length, skipped, label: labelId }, severity: 'info' },
      });
      return added.length;
    },
    replaceAnnotations(update, label, message) {
      if (refuseIfReadOnly()) return false;
      const list = current();
      const produced = update(list, { annotator: deps.annotator(), now: deps.now(), newId: deps.newId });
      if (produced === null) return false;
      const next = produced === list ? [...list] : produced;
      store.set((s) => ({
        ...s,
        history: commitHistory(s.history, next, label),
        selectedId: s.selectedId !== null && next.some((a) => a.id === s.selectedId) ? s.selectedId : null,
        message: message ?? s.message,
      }));
      autosave.changed();
      return true;
    },
    undo() {
      if (refuseIfReadOnly()) return;
      if (!canUndo(store.get().history)) {
        store.set((s) => ({ ...s, message: { key: 'status.nothingToUndo', severity: 'info' } }));
        return;
      }
      store.set((s) => ({ ...s, history: undoHistory(s.history), message: { key: 'status.undone', severity: 'info' } }));
      autosave.changed();
    },
    redo() {
      if (refuseIfReadOnly()) return;
      if (!canRedo(store.get().history)) {
        store.set((s) => ({ ...s, message: { key: 'status.nothingToRedo', severity: 'info' } }));
        return;
      }
      store.set((s) => ({ ...s, history: redoHistory(s.history), message: { key: 'status.redone', severity: 'info' } }));
      autosave.changed();
    },
    say(message) {
      store.set((s) => ({ ...s, message }));
    },
  };
}
