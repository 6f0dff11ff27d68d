import { useSyncExternalStore } from 'react';
import type { DocumentSession, SessionState } from './sessionTypes';

/**
 * Subscribes a component to a session's published state: it re-renders after the frame that paints
 * a change, never inside the key press (keys and actions read `session.getState()`, which is live).
 */
export function useSessionState(session: DocumentSession): SessionState {
  return useSyncExternalStore(session.published.subscribe, session.published.get);
}

/**
 * Subscribes a component to one part of a session's published state (`pick` returns a field, never
 * a new object), so it re-renders when that part changes and not on every save status or message.
 */
export function useSessionSlice<T>(session: DocumentSession, pick: (state: SessionState) => T): T {
  return useSyncExternalStore(session.published.subscribe, () => pick(session.published.get()));
}
