import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Collapses the text selection to its end in the page AND in ProseMirror's state, so a later
 * focus or redraw cannot bring back an old selection for the next label key to act on. The
 * caret position is read from the page's selection when it is in the editor, because
 * ProseMirror learns of keyboard selections only on the (asynchronous) selectionchange event.
 */
export function clearTextSelection(view: EditorView): void {
  if (view.isDestroyed) return;
  let at = view.state.selection.to;
  const dom = view.dom.ownerDocument.getSelection();
  if (dom && dom.rangeCount > 0 && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    if (!dom.isCollapsed) dom.collapseToEnd();
    try {
      if (dom.focusNode) at = view.posAtDOM(dom.focusNode, dom.focusOffset);
    } catch {
      // A node ProseMirror does not know (never inside our text): keep its own selection's end.
    }
  }
  const { selection } = view.state;
  if (selection.empty && selection.from === at) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)).setMeta('addToHistory', false));
}
