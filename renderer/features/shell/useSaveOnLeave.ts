import { useEffect } from 'react';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { afterPaint } from '../../ui/afterPaint';

/**
 * Saves the session whenever the user may be leaving: main's flush request before the window
 * closes, the window losing focus, the page going away and the document being left; and tells
 * main whether anything is unsaved (a typed note counts), so closing can flush first and ask after
 * a failed save. The UI never waits for any of these saves. The state goes to main after the next
 * painted frame (read then), so a key press that makes the document unsaved sends no IPC before its frame.
 */
export function useSaveOnLeave(api: ApiClient, session: DocumentSession, noteDraft: boolean): void {
  useEffect(() => api.events.onFlushRequest(() => void session.flush()), [api, session]);

  useEffect(() => {
    let last = '';
    let cancel: (() => void) | null = null;
    const send = () => {
      cancel = null;
      const save = session.saveStatus();
      const state = { dirty: session.isDirty() || noteDraft, failed: save === 'failed' || save === 'conflict' };
      const key = `${state.dirty}:${state.failed}`;
      if (key === last) return;
      last = key;
      void api.reportSaveState(state).catch(() => undefined);
    };
    const report = () => {
      cancel ??= afterPaint(send);
    };
    send();
    const stop = session.subscribe(report);
    return () => {
      stop();
      // A change still waiting for its frame is told now: main never closes believing an edit saved.
      if (cancel !== null) {
        cancel();
        send();
      }
    };
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
