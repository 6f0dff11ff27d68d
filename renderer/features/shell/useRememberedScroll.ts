import { useEffect, type RefObject } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';

/** Quiet time (ms) after the last scroll before the position is sent to main. */
const SCROLL_SAVE_DELAY_MS = 600;

/**
 * Restores the document pane's scroll position when the document shows and remembers it in main
 * (debounced); leaving the document or the page sends a pending position at once, so a quick
 * switch or quit never forgets where the user was.
 */
export function useRememberedScroll(api: ApiClient, session: DocumentSession, view: EditorView | null, paneRef: RefObject<HTMLElement | null>, initialScrollTop: number): void {
  useEffect(() => {
    const pane = paneRef.current;
    // The text is in the pane once the editor's view exists: only then does the position fit it.
    if (!pane || !view) return;
    pane.scrollTop = initialScrollTop;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // The position a pending save will send, read when the scroll happened: by the time a switch
    // runs the cleanup, the pane may already hold the next document (and be clamped to its height).
    let pending = pane.scrollTop;
    const save = () => {
      timer = null;
      void api.rememberScroll({ documentId: session.documentId, scrollTop: pending }).catch(() => undefined);
    };
    const onScroll = () => {
      pending = pane.scrollTop;
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, SCROLL_SAVE_DELAY_MS);
    };
    // Leaving the document or quitting before the debounce ran sends the pending position instead of dropping it.
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      save();
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      pane.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [api, session, view, paneRef, initialScrollTop]);
}
