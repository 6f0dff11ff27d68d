import type { EditorView } from '@tiptap/pm/view';
import type { KeySelection } from '@shared/annotation/labelKeyAction';
import type { TextIndex } from '@shared/text/textIndex';
import { domSelectionRange } from './domSelectionRange';
import { currentSearchHit } from './searchHighlight';

/** True when any part of `rect` lies inside the editor's scroll pane and the window, i.e. the user can see it. */
function onScreen(view: EditorView, rect: DOMRect): boolean {
  const win = view.dom.ownerDocument.defaultView;
  const pane = view.dom.closest('.document-pane')?.getBoundingClientRect();
  const top = Math.max(pane?.top ?? 0, 0);
  const bottom = Math.min(pane?.bottom ?? Infinity, win?.innerHeight ?? Infinity);
  return rect.bottom > top && rect.top < bottom;
}

/**
 * The text a label key may act on, as UTF-16 offsets with whether it is on screen: the page's
 * selection when it lies in the editor (mouse, Shift+arrows, the selection API), else the search
 * bar's current hit while the bar is open; null when there is none or it is collapsed. One DOM
 * range measurement, never a walk over the document, so it stays cheap per key.
 */
export function visibleTextSelection(view: EditorView, index: TextIndex): KeySelection | null {
  const dom = domSelectionRange(view, index);
  if (dom) {
    if (dom.collapsed) return null;
    const selection = view.dom.ownerDocument.getSelection();
    const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    return { start: dom.start, end: dom.end, visible: rect !== null && onScreen(view, rect) };
  }
  const hit = currentSearchHit(view.state);
  if (!hit) return null;
  const range = view.dom.ownerDocument.createRange();
  const from = view.domAtPos(hit.from);
  const to = view.domAtPos(hit.to);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return { start: index.posToOffset(hit.from), end: index.posToOffset(hit.to), visible: onScreen(view, range.getBoundingClientRect()) };
}
