import { createSessionActions } from './createSessionActions';
import { createSessionCore } from './createSessionCore';
import { createSessionNavigation } from './createSessionNavigation';
import { createSessionRelations } from './createSessionRelations';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { DocumentSession, SessionDeps } from './sessionTypes';
import { createPublication } from './createPublication';
import { afterPaint } from '../ui/afterPaint';

export type { BulkTools, DocumentSession, SessionDeps, SessionMemory, SessionState, StatusMessage } from './sessionTypes';

/**
 * Creates the session for an opened document: pure annotation and relation ops from shared/
 * behind one undo history, each change one step, with autosave to main that the UI never waits for. Its store
 * and autosave stay inside: the UI reads through selectors and saves through `flush`/`dispose`.
 */
export function createDocumentSession(deps: SessionDeps): DocumentSession {
  const core = createSessionCore(deps);
  const { store, autosave, current } = core;
  let disposed = false;
  // React follows the live state one publication per painted frame; the editor and the actions read it live.
  const publication = createPublication(store.get, deps.schedulePublication ?? afterPaint);
  store.subscribe(publication.changed);
  const renderNow = deps.renderNow ?? ((publish: () => void) => publish());
  return {
    documentId: core.documentId,
    text: core.text,
    converter: core.converter,
    textIndex: core.textIndex,
    readOnly: core.readOnly,
    getState: store.get,
    subscribe: store.subscribe,
    published: { get: publication.get, subscribe: publication.subscribe },
    publishNow() {
      if (publication.pending()) renderNow(publication.flush);
    },
    annotations: current,
    relations: () => core.currentDocument().relations,
    selectedId: () => store.get().selectedId,
    selected() {
      const id = store.get().selectedId;
      return id === null ? null : (current().find((a) => a.id === id) ?? null);
    },
    saveStatus: () => store.get().save,
    isDirty() {
      const { save } = store.get();
      return save === 'unsaved' || save === 'saving' || save === 'failed' || save === 'conflict';
    },
    memory: () => ({ rev: store.get().rev, history: store.get().history }),
    ...createSessionActions(core),
    ...createSessionNavigation(core),
    ...createSessionRelations(core, DEFAULT_RELATION_TYPES),
    flush: () => autosave.flush(),
    dispose() {
      if (disposed) return;
      disposed = true;
      publication.dispose();
      // The last edit is saved before the timers stop: leaving a document never loses a tag.
      if (autosave.dirty) void autosave.flush().finally(() => autosave.dispose());
      else autosave.dispose();
    },
  };
}
