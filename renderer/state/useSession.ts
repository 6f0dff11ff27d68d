import { useSyncExternalStore } from 'react';
import type { DocumentSession, SessionState } from './createDocumentSession';

/** Subscribes a component to a session's state. */
export function useSessionState(session: DocumentSession): SessionState {
  return useSyncExternalStore(session.store.subscribe, session.store.get);
}
