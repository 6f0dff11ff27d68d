import type { Annotation } from '../../shared/annotation/annotation';
import { annotationFromSpan } from '../../shared/annotation/annotationFromSelection';
import { addAnnotations, removeAnnotations, retagAnnotation, setAnnotationNote } from '../../shared/annotation/annotationList';
import { annotationsAt, neighbourAnnotation } from '../../shared/annotation/annotationNavigation';
import { canRedo, canUndo, commitHistory, createHistory, redoHistory, undoHistory, type History } from '../../shared/annotation/history';
import { labelKeyAction, type KeySelection, type LabelKeyAction } from '../../shared/annotation/labelKeyAction';
import { tagAllHits } from '../../shared/annotation/tagAllHits';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { createOffsetConverter, type OffsetConverter } from '../../shared/text/offsetConverter';
import { createTextIndex, type TextIndex } from '../../shared/text/textIndex';
import type { Relation } from '../../shared/relation/relation';
import { DEFAULT_RELATION_TYPES } from '../../shared/relation/relationType';
import { createAutosave, type Autosave, type SaveStatus } from './createAutosave';
import { createStore, type Store } from './createStore';
import { createSessionRelations, type SessionRelations } from './createSessionRelations';
import { carryRelations, relationsOfState, withRelations } from './relationsOfState';
import { existsMessage, refusedMessage, retaggedMessage, taggedMessage } from './tagMessages';

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
  /** Labels the filter hides: not drawn in the text, not listed, skipped by J/K and clicks. */
  hiddenLabels: readonly string[];
}

/** What a session needs: who is annotating, ids, clock and the save call to main. */
export interface SessionDeps {
  opened: OpenedDocument;
  annotator(): string;
  snapToWords(): boolean;
  newId(): string;
  now(): string;
  saveAnnotations(request: { documentId: string; baseRev: number; annotations: Annotation[]; relations: Relation[] }): Promise<{ rev: number }>;
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

/** One open document: its text helpers, observable state and every tagging and relation action. */
export interface DocumentSession extends SessionRelations {
  readonly documentId: string;
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly textIndex: TextIndex;
  readonly readOnly: boolean;
  readonly store: Store<SessionState>;
  readonly autosave: Autosave;
  annotations(): readonly Annotation[];
  /**
   * A label key or palette button: does what `labelKeyAction` decides for the visible text
   * selection (null: none) and the selected tag — create, retag or select the existing twin —
   * names the tag in the status line, and returns the decision so the caller can clear the selection.
   */
  applyLabel(selection: KeySelection | null, labelId: string): LabelKeyAction;
  /** `applyLabel` for a visible UTF-16 selection; returns the tag it created, else null. */
  tagRange(utf16Start: number, utf16End: number, labelId: string): Annotation | null;
  /** Shows or hides a label in the text, the list and J/K; hiding the selected tag's label deselects it. */
  toggleLabel(labelId: string): void;
  /** False for annotations whose label the filter hides. */
  isShown(annotation: Annotation): boolean;
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
    history: deps.previous && deps.previous.rev === opened.rev ? deps.previous.history : createHistory(withRelations(opened.annotations, opened.relations ?? [])),
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
      const state = current();
      const { rev } = await deps.saveAnnotations({ documentId, baseRev: store.get().rev, annotations: [...state], relations: [...relationsOfState(state)] });
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

  /** Commits `next` as one undo step; relations whose tag went go with it (returns how many). */
  const commit = (next: readonly Annotation[], label: string, patch: Partial<SessionState> = {}): number => {
    if (next === current()) {
      store.set((s) => ({ ...s, ...patch }));
      return 0;
    }
    const dropped = carryRelations(current(), next);
    store.set((s) => ({ ...s, ...patch, history: commitHistory(s.history, next, label) }));
    autosave.changed();
    return dropped;
  };

  const relationActions = createSessionRelations({
    current,
    commitStep: (next, label, message) => commit(next, label, { message }),
    say: (message) => store.set((s) => ({ ...s, message })),
    refuseIfReadOnly,
    annotator: deps.annotator,
    newId: deps.newId,
    types: DEFAULT_RELATION_TYPES,
  });

  // Every selection change is a new action: the previous action's message goes with it.
  const select = (id: string | null) => store.set((s) => (s.selectedId === id && s.message === null ? s : { ...s, selectedId: id, message: null }));
  const isShown = (a: Annotation) => !store.get().hiddenLabels.includes(a.label);
  const showLabel = (labelId: string) => store.get().hiddenLabels.filter((l) => l !== labelId);

  const applyLabel = (selection: KeySelection | null, labelId: string): LabelKeyAction => {
    const state = store.get();
    const action = labelKeyAction({
      text,
      converter,
      annotations: current(),
      selectedId: state.selectedId,
      label: labelId,
      snapToWords: deps.snapToWords(),
      selection,
      isShown,
      readOnly,
    });
    if (action.kind === 'refuse') {
      store.set((s) => ({ ...s, message: refusedMessage(action.reason) }));
      return action;
    }
    // Whatever the key acts on becomes visible: a hidden label is shown again.
    const shown = { hiddenLabels: showLabel(labelId) };
    if (action.kind === 'exists') {
      store.set((s) => ({ ...s, ...shown, selectedId: action.target.id, message: existsMessage(action.target) }));
      return action;
    }
    if (action.kind === 'retag') {
      commit(retagAnnotation(current(), action.target.id, labelId, deps.now()), 'retag', {
        ...shown,
        selectedId: action.target.id,
        message: retaggedMessage(action.target, labelId),
      });
      return action;
    }
    const annotation = annotationFromSpan(text, action.span, { label: labelId, annotator: deps.annotator(), id: deps.newId(), now: deps.now() });
    commit(addAnnotations(current(), [annotation]), 'add', { ...shown, selectedId: annotation.id, message: taggedMessage(annotation) });
    return action;
  };

  return {
    documentId,
    text,
    converter,
    textIndex,
    readOnly,
    store,
    autosave,
    annotations: current,
    ...relationActions,
    applyLabel,
    tagRange(utf16Start, utf16End, labelId) {
      const action = applyLabel({ start: utf16Start, end: utf16End, visible: true }, labelId);
      return action.kind === 'create' ? (current().find((a) => a.id === store.get().selectedId) ?? null) : null;
    },
    toggleLabel(labelId) {
      store.set((s) => {
        const hiding = !s.hiddenLabels.includes(labelId);
        const hiddenLabels = hiding ? [...s.hiddenLabels, labelId] : s.hiddenLabels.filter((l) => l !== labelId);
        const selected = s.selectedId === null ? undefined : s.history.present.find((a) => a.id === s.selectedId);
        return { ...s, hiddenLabels, message: null, selectedId: hiding && selected?.label === labelId ? null : s.selectedId };
      });
    },
    isShown,
    deleteSelected() {
      const id = store.get().selectedId;
      if (id === null || refuseIfReadOnly()) return;
      const list = current();
      const index = list.findIndex((a) => a.id === id);
      const next = removeAnnotations(list, [id]);
      const neighbour = next[Math.min(index, next.length - 1)] ?? null;
      const dropped = commit(next, 'delete', { selectedId: neighbour?.id ?? null, message: { key: 'status.deleted', severity: 'info' } });
      if (dropped > 0) store.set((s) => ({ ...s, message: { key: 'status.deletedWithRelations', values: { count: dropped }, severity: 'info' } }));
    },
    setNote(id, note) {
      if (refuseIfReadOnly()) return;
      commit(setAnnotationNote(current(), id, note, deps.now()), 'note');
    },
    select,
    selectNeighbour(direction) {
      const target = neighbourAnnotation(current(), store.get().selectedId, direction, false, isShown);
      const filtered = store.get().hiddenLabels.length > 0 ? 'Filtered' : '';
      if (target) select(target.id);
      else store.set((s) => ({ ...s, message: { key: `status.${direction === 1 ? 'last' : 'first'}Annotation${filtered}`, severity: 'info' } }));
      return target;
    },
    cycleAt(ids) {
      // Every annotation under the pointer covers the latest start among them: order them as annotationsAt does.
      const under = current().filter((a) => ids.includes(a.id) && isShown(a));
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
      const order = list.filter((a) => a.start < selected.end && a.end > selected.start && isShown(a)).map((a) => a.id);
      const next = order[order.indexOf(selected.id) + 1] ?? order[0] ?? null;
      select(next);
      return next;
    },
    tagAll(query, labelId) {
      if (refuseIfReadOnly()) return 0;
      const { added, skipped, partialWords } = tagAllHits({
        text,
        converter,
        annotations: current(),
        query,
        label: labelId,
        snapToWords: deps.snapToWords(),
        annotator: deps.annotator(),
        newId: deps.newId,
        now: deps.now(),
      });
      commit(added.length > 0 ? addAnnotations(current(), added) : current(), 'tag-all', {
        hiddenLabels: showLabel(labelId),
        message: { key: partialWords > 0 ? 'status.taggedAllPartial' : 'status.taggedAll', values: { count: added.length, skipped, partial: partialWords, label: labelId }, severity: 'info' },
      });
      return added.length;
    },
    replaceAnnotations(update, label, message) {
      if (refuseIfReadOnly()) return false;
      const list = current();
      const produced = update(list, { annotator: deps.annotator(), now: deps.now(), newId: deps.newId });
      if (produced === null) return false;
      const next = produced === list ? [...list] : produced;
      carryRelations(list, next);
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
