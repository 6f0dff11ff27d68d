import type { DocumentStore } from '../store/createDocumentStore';

/**
 * The store, telling `onSaved` about every save of my set (from the window or an import) once it
 * is on disk, so indexes over my tags follow without reading the store again.
 */
export function observeSaves(store: DocumentStore, onSaved: (documentId: string, annotations: readonly { label: string; text: string }[]) => void): DocumentStore {
  return {
    ...store,
    async saveAnnotations(id, input) {
      const saved = await store.saveAnnotations(id, input);
      onSaved(id, input.annotations);
      return saved;
    },
  };
}
