import type { DocumentSession } from '../../state/createDocumentSession';
import { cachedLabelCounts } from '../../state/cachedLabelCounts';

/** The open document's tags per label as they change (the stored list lags behind autosave). */
export interface LiveCounts {
  /** Calls `listener` after each publication of the session (the snapshot may be the same object). */
  subscribe(listener: () => void): () => void;
  /** The counts now: the same object until the tags change (useSyncExternalStore's snapshot). */
  get(): Readonly<Record<string, number>>;
}

/**
 * The session's counts as a store the corpus list subscribes to in the parts that show them (the
 * open document's row, the bars' scale), so a tag press re-renders that row and not the sidebar.
 */
export function liveCountsOf(session: DocumentSession): LiveCounts {
  return {
    subscribe: (listener) => session.published.subscribe(listener),
    get: () => cachedLabelCounts(session.published.get().history.present.annotations),
  };
}
