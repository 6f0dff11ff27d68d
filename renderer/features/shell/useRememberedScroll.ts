import { useEffect, type RefObject } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { ScrollAnchor } from '@shared/ipc/contract';
import type { ApiClient } from '../../api/bridgeClient';
import { blockAtY } from '../../editor/blockAtY';
import { buildChunksAt } from '../../editor/lazyChunks';
import { positionOf } from '../../editor/sessionExtension';
import type { DocumentSession } from '../../state/createDocumentSession';

/** Quiet time (ms) after the last scroll before the position is sent to main. */
const SCROLL_SAVE_DELAY_MS = 600;

/** Panes that have scrolled at least once; any other pane is still at the top. */
const scrolled = new WeakSet<HTMLElement>();

/** Where the pane's top is in the text: the paragraph there (its first code point) and how far it is scrolled past; null above the text or where no paragraph is drawn. */
function anchorOf(session: DocumentSession, view: EditorView, pane: HTMLElement): ScrollAnchor | null {
  if (pane.scrollTop === 0 || view.isDestroyed) return null;
  const top = pane.getBoundingClientRect().top;
  const block = blockAtY(view, top);
  if (block === null || !block.paragraph) return null;
  const codePoint = session.converter.utf16ToCodePoint(session.textIndex.posToOffset(block.from + 1));
  return { codePoint, offset: top - block.box.top };
}

/** Scrolls the pane so that the anchor's paragraph is where it was (its chunk drawn first); false when it cannot be found. */
function scrollToAnchor(session: DocumentSession, view: EditorView, pane: HTMLElement, anchor: ScrollAnchor): boolean {
  if (anchor.codePoint > session.converter.codePointLength) return false;
  const pos = positionOf(session, anchor.codePoint);
  buildChunksAt(view, [pos]);
  const $pos = view.state.doc.resolve(pos);
  if ($pos.depth < 2) return false;
  const paragraph = view.nodeDOM($pos.before(2));
  if (!(paragraph instanceof HTMLElement)) return false;
  pane.scrollTop += paragraph.getBoundingClientRect().top - pane.getBoundingClientRect().top + anchor.offset;
  return true;
}

/**
 * Restores the document pane's scroll position when the document shows and remembers it in main
 * (debounced); leaving the document or the page sends a pending position at once, so a quick
 * switch or quit never forgets where the user was. In a long text the position is also kept as
 * text (the paragraph at the top), since the chunks above are drawn at guessed heights on return
 * and the same pixel offset would show another place.
 */
export function useRememberedScroll(api: ApiClient, session: DocumentSession, view: EditorView | null, paneRef: RefObject<HTMLElement | null>, initialScrollTop: number, initialAnchor?: ScrollAnchor): void {
  useEffect(() => {
    const pane = paneRef.current;
    // The text is in the pane once the editor's view exists: only then does the position fit it.
    // An import that reopens the document destroys the old view before React hands over the new one: never read a destroyed view.
    if (!pane || !view || view.isDestroyed) return;
    // A pane that has never scrolled is at the top: writing (or reading) 0 there would lay out the
    // whole new workbench once before the open's first frame lays it out again.
    const restore = initialScrollTop !== 0 || scrolled.has(pane);
    if (restore) pane.scrollTop = initialScrollTop;
    if (initialAnchor !== undefined && initialScrollTop > 0) scrollToAnchor(session, view, pane, initialAnchor);
    let timer: ReturnType<typeof setTimeout> | null = null;
    // The position a pending save will send, read when the scroll happened: by the time a switch
    // runs the cleanup, the pane may already hold the next document (and be clamped to its height).
    let pending = restore ? pane.scrollTop : 0;
    let anchor: ScrollAnchor | null = null;
    const save = () => {
      timer = null;
      void api.rememberScroll({ documentId: session.documentId, scrollTop: pending, ...(anchor && { anchor }) }).catch(() => undefined);
    };
    const onScroll = () => {
      scrolled.add(pane);
      pending = pane.scrollTop;
      if (!view.isDestroyed) anchor = anchorOf(session, view, pane);
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
  }, [api, session, view, paneRef, initialScrollTop, initialAnchor]);
}
