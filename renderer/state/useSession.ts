import { useSyncExternalStore } from 'react';
import type { DocumentSession, SessionState } from './sessionTypes';

/** Subscribes a component to a session's state. */
export function useSessionState(session: DocumentSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
