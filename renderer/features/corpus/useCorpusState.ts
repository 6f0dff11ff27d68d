import { useSyncExternalStore } from 'react';
import type { CorpusController, CorpusState } from './createCorpusController';

/** Subscribes a component to the corpus controller's state. */
export function useCorpusState(corpus: CorpusController): CorpusState {
  return useSyncExternalStore(corpus.store.subscribe, corpus.store.get);
}

/** The title the corpus knows for a document (it changes when renamed), else `fallback`. */
export function useCorpusTitle(corpus: CorpusController, documentId: string, fallback: string): string {
  const state = useCorpusState(corpus);
  return state.corpus?.documents.find((d) => d.id === documentId)?.title ?? fallback;
}
