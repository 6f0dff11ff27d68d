import { useSyncExternalStore } from 'react';
import type { DocumentSession, SessionState } from './sessionTypes';

/** Subscribes a component to a session's state. */
export function useSessionState(session: DocumentSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

/**
 * Subscribes a component to one part of a session's state (`pick` returns a field, never a new
 * object), so it re-renders when that part changes and not on every save status or message.
 */
export function useSessionSlice<T>(session: DocumentSession, pick: (state: SessionState) => T): T {
  return useSyncExternalStore(session.subscribe, () => pick(session.getState()));
}
