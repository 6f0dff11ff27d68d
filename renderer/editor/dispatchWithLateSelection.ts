import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The Selection methods that change the page's selection. */
const WRITES = new Set(['addRange', 'collapse', 'collapseToEnd', 'collapseToStart', 'extend', 'modify', 'removeAllRanges', 'removeRange', 'selectAllChildren', 'setBaseAndExtent', 'setPosition', 'empty']);

/** Presses the browser acts on through the page's selection: it must be written before them. */
const PRESSES = ['keydown', 'mousedown', 'pointerdown'] as const;

/** Where the page's selection was left, to tell at write time whether something else has set it since. */
interface Seen {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

/** Views whose page selection is still to be written, with how to stop waiting and what the page held. */
const pending = new WeakMap<EditorView, { stop(): void; seen: Seen }>();

const sameAs = (page: Selection, seen: Seen) => page.anchorNode === seen.anchorNode && page.anchorOffset === seen.anchorOffset && page.focusNode === seen.focusNode && page.focusOffset === seen.focusOffset;

const seenOf = (selection: Selection): Seen => ({ anchorNode: selection.anchorNode, anchorOffset: selection.anchorOffset, focusNode: selection.focusNode, focusOffset: selection.focusOffset });

/** The page's selection with its writes swallowed (reporting each to `onWrite`) and its reads passed through. */
function withoutWrites(selection: Selection, onWrite: () => void): Selection {
  return new Proxy(selection, {
    get(target, key) {
      if (typeof key === 'string' && WRITES.has(key)) return () => onWrite();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Writes ProseMirror's selection into the page now if a write is still waiting, the editor still has
 * focus and nothing has set the page's selection since (a click, a drag, the selection API — theirs
 * stands). Runs before the next frame, before the browser acts on a key or mouse press, and before
 * our own readers of the page's selection, so nothing ever acts on the stale one.
 */
export function flushLateSelection(view: EditorView): void {
  const wait = pending.get(view);
  if (!wait) return;
  pending.delete(view);
  wait.stop();
  const page = view.isDestroyed ? null : view.dom.ownerDocument.getSelection();
  if (!page || !view.hasFocus()) return;
  if (!sameAs(page, wait.seen)) return;
  const { anchor, head } = view.state.selection;
  try {
    // The sides ProseMirror itself writes with: a caret at a span's end stays inside the span.
    const from = view.domAtPos(anchor, anchor ? -1 : 1);
    const to = head === anchor ? from : view.domAtPos(head, head ? -1 : 1);
    page.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  } catch {
    // The view was redrawn under us: ProseMirror writes its selection with its next update.
  }
}

/** Stops waiting without writing: something else is about to set the page's selection. */
function drop(view: EditorView): void {
  pending.get(view)?.stop();
  pending.delete(view);
}

/**
 * The selection the page is waiting to be given (ProseMirror's), or null when no write waits — then
 * the page's own selection is current. A wait whose page selection something else has set since is
 * dropped (theirs stands). Readers in a key's task use this instead of flushing, which would force
 * the very layout the wait avoids.
 */
export function pendingSelection(view: EditorView): { anchor: number; head: number } | null {
  const wait = pending.get(view);
  if (!wait) return null;
  const page = view.dom.ownerDocument.getSelection();
  if (view.isDestroyed || !page || !sameAs(page, wait.seen)) {
    drop(view);
    return null;
  }
  return { anchor: view.state.selection.anchor, head: view.state.selection.head };
}

/**
 * Dispatches `tr` with ProseMirror's write of the page's selection put off until just before the
 * next frame (or the next key or mouse press, or read — `flushLateSelection`). Inside a key's task
 * the browser answers every selection change by syncing the selection to the input method, which
 * lays out the page — after a redraw the decorations dirtied, a forced style and layout of 1–2 ms
 * at 1M a press; before the frame that layout is the frame's own. ProseMirror writes through
 * `root.getSelection()` (the document), so the document's `getSelection` answers, for the length
 * of the dispatch only, with a view of the page's selection that passes reads through and swallows
 * writes. Returns whether a write was put off.
 */
export function dispatchWithLateSelection(view: EditorView, tr: Transaction): boolean {
  const doc = view.dom.ownerDocument;
  const page = doc.getSelection();
  if (!page || view.root !== doc) {
    view.dispatch(tr);
    return false;
  }
  let wrote = false;
  const shim = withoutWrites(page, () => (wrote = true));
  Object.defineProperty(doc, 'getSelection', { configurable: true, value: () => shim });
  try {
    view.dispatch(tr);
  } finally {
    delete (doc as { getSelection?: unknown }).getSelection;
  }
  const waiting = pending.get(view);
  if (!wrote) {
    // This redraw may have moved the page's (stale) selection: the waiting write still stands.
    if (waiting) waiting.seen = seenOf(page);
    return false;
  }
  waitForFrame(view);
  return true;
}

/**
 * Has ProseMirror's selection written into the page before the next frame (or press, or read), as
 * if ProseMirror's own write had been put off: for when the page's selection differs from an
 * unchanged ProseMirror selection, which ProseMirror would not write.
 */
export function waitForFrame(view: EditorView): void {
  const doc = view.dom.ownerDocument;
  const page = doc.getSelection();
  if (!page) return;
  pending.get(view)?.stop();
  const win = doc.defaultView;
  const flush = () => flushLateSelection(view);
  // The press being handled right now (its later listeners) must not count: only presses after it.
  const since = win?.performance.now() ?? 0;
  const onPress = (event: Event) => {
    if (event.timeStamp <= since) return;
    // A plain press in the text sets the page's selection itself (a click, a double-click's word).
    if (event instanceof MouseEvent && !event.shiftKey && event.target instanceof Node && view.dom.contains(event.target)) drop(view);
    else flush();
  };
  const frame = win ? win.requestAnimationFrame(flush) : 0;
  for (const type of PRESSES) doc.addEventListener(type, onPress, true);
  const stop = () => {
    win?.cancelAnimationFrame(frame);
    for (const type of PRESSES) doc.removeEventListener(type, onPress, true);
  };
  pending.set(view, { stop, seen: seenOf(page) });
}
