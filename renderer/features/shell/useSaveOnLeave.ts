import { useEffect } from 'react';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';

/**
 * Saves the session whenever the user may be leaving: main's flush request before the window
 * closes, the window losing focus, the page going away and the document being left; and tells
 * main whether anything is unsaved (a typed note counts), so closing can flush first and ask after
 * a failed save. The UI never waits for any of these saves.
 */
export function useSaveOnLeave(api: ApiClient, session: DocumentSession, noteDraft: boolean): void {
  useEffect(() => api.events.onFlushRequest(() => void session.flush()), [api, session]);

  useEffect(() => {
    let last = '';
    const report = () => {
      const save = session.saveStatus();
      const state = { dirty: session.isDirty() || noteDraft, failed: save === 'failed' || save === 'conflict' };
      const key = JSON.stringify(state);
      if (key === last) return;
      last = key;
      void api.reportSaveState(state).catch(() => undefined);
    };
    report();
    return session.subscribe(report);
  }, [api, session, noteDraft]);

  useEffect(() => {
    const flush = () => void session.flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [session]);
}
