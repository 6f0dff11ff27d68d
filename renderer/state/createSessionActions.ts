import { annotationFromSpan } from '@shared/annotation/annotationFromSelection';
import { addAnnotations, removeAnnotations, retagAnnotation, setAnnotationNote } from '@shared/annotation/annotationList';
import { canRedo, canUndo, commitHistory, redoHistory, undoHistory } from '@shared/annotation/history';
import { selectionAfterStep } from '@shared/annotation/selectionAfterStep';
import { labelKeyAction, type KeySelection, type LabelKeyAction } from '@shared/annotation/labelKeyAction';
import { tagAllHits } from '@shared/annotation/tagAllHits';
import type { SessionCore } from './createSessionCore';
import type { SessionActions, StatusMessage } from './sessionTypes';
import { existsMessage, noteMessage, refusedMessage, retaggedMessage, taggedMessage } from './tagMessages';

/** The changes a session makes to my annotations, each one undo step through `core.commit`. */
export function createSessionActions(core: SessionCore): SessionActions {
  const { deps, text, converter, readOnly, store, autosave, current, commit, refuseIfReadOnly, isShown } = core;
  const showLabel = (labelId: string) => store.get().hiddenLabels.filter((l) => l !== labelId);

  const applyLabel = (selection: KeySelection | null, labelId: string): LabelKeyAction => {
    const action = labelKeyAction({
      text,
      converter,
      annotations: current(),
      selectedId: store.get().selectedId,
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
      // A relation the new label no longer allows goes in the same step, and the message says so.
      const { document, dropped } = core.withAnnotations(retagAnnotation(current(), action.target.id, labelId, deps.now()));
      const message = retaggedMessage(action.target, labelId);
      core.commitDocument(document, 'retag', {
        ...shown,
        selectedId: action.target.id,
        message: dropped > 0 ? { ...message, key: 'relations.status.retaggedDropped', values: { ...message.values, count: dropped } } : message,
      });
      return action;
    }
    const annotation = annotationFromSpan(text, action.span, { label: labelId, annotator: deps.annotator(), id: deps.newId(), now: deps.now() });
    commit(addAnnotations(current(), [annotation]), 'add', { ...shown, selectedId: annotation.id, message: taggedMessage(annotation) });
    return action;
  };

  /** Undo or redo when the history allows it, else says there is nothing to do. */
  const step = (can: boolean, move: typeof undoHistory, done: string, nothing: string) => {
    if (refuseIfReadOnly()) return;
    if (!can) {
      store.set((s) => ({ ...s, message: { key: nothing, severity: 'info' } }));
      return;
    }
    store.set((s) => {
      const history = move(s.history);
      // The selection comes back with the change: an undone delete selects the restored tag.
      const selectedId = selectionAfterStep(s.history.present.annotations, history.present.annotations, s.selectedId);
      return { ...s, history, selectedId, message: { key: done, severity: 'info' } };
    });
    autosave.changed();
  };

  return {
    applyLabel,
    tagRange(utf16Start, utf16End, labelId) {
      const action = applyLabel({ start: utf16Start, end: utf16End, visible: true }, labelId);
      return action.kind === 'create' ? (current().find((a) => a.id === store.get().selectedId) ?? null) : null;
    },
    deleteSelected() {
      const id = store.get().selectedId;
      if (id === null || refuseIfReadOnly()) return;
      const list = current();
      const index = list.findIndex((a) => a.id === id);
      const next = removeAnnotations(list, [id]);
      const neighbour = next[Math.min(index, next.length - 1)] ?? null;
      // The tag's relations go in the same step, and the status line says how many.
      const { document, dropped } = core.withAnnotations(next);
      const message: StatusMessage = dropped > 0 ? { key: 'relations.status.deletedWithTag', values: { count: dropped }, severity: 'info' } : { key: 'status.deleted', severity: 'info' };
      core.commitDocument(document, 'delete', { selectedId: neighbour?.id ?? null, message });
    },
    setNote(id, note) {
      if (refuseIfReadOnly()) return;
      const next = setAnnotationNote(current(), id, note, deps.now());
      const noted = next.find((a) => a.id === id);
      // The status line says what became of the note, so the previous message never stands for it.
      commit(next, 'note', noted === undefined ? {} : { message: noteMessage(noted) });
    },
    tagAll(query, labelId, hits) {
      if (refuseIfReadOnly()) return 0;
      const { added, skipped, partialWords } = tagAllHits({
        text,
        converter,
        annotations: current(),
        query,
        hits,
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
      const { document: next } = core.withAnnotations(produced === list ? [...list] : produced);
      store.set((s) => ({
        ...s,
        history: commitHistory(s.history, next, label),
        selectedId: s.selectedId !== null && next.annotations.some((a) => a.id === s.selectedId) ? s.selectedId : null,
        message: message ?? s.message,
      }));
      autosave.changed();
      return true;
    },
    undo: () => step(canUndo(store.get().history), undoHistory, 'status.undone', 'status.nothingToUndo'),
    redo: () => step(canRedo(store.get().history), redoHistory, 'status.redone', 'status.nothingToRedo'),
  };
}
