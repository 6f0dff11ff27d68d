import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Collapses the text selection in the page AND in ProseMirror's state, so a later focus or redraw
 * cannot bring back an old selection for the next label key to act on. The caret goes to `at`
 * (a ProseMirror position) when given — the caller knows where the tag it acted on ends, while
 * the page's selection may already have been redrawn from ProseMirror's older state — else to the
 * end of the page's selection when it is in the editor (ProseMirror learns of keyboard selections
 * only on the asynchronous selectionchange event), else to the end of its own.
 */
export function clearTextSelection(view: EditorView, at?: number): void {
  if (view.isDestroyed) return;
  const dom = view.dom.ownerDocument.getSelection();
  const inEditor = !!dom && dom.rangeCount > 0 && !!dom.anchorNode && !!dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode);
  let caret = at ?? view.state.selection.to;
  if (at === undefined && inEditor && dom.focusNode) {
    if (!dom.isCollapsed) dom.collapseToEnd();
    try {
      caret = view.posAtDOM(dom.focusNode, dom.focusOffset);
    } catch {
      // A node ProseMirror does not know (never inside our text): keep its own selection's end.
    }
  }
  caret = Math.max(0, Math.min(caret, view.state.doc.content.size));
  const { selection } = view.state;
  if (!selection.empty || selection.from !== caret) {
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, caret)).setMeta('addToHistory', false));
  }
  // ProseMirror writes the page's selection only when its own changed; the page's may still differ.
  if (inEditor && dom) {
    try {
      const { node, offset } = view.domAtPos(caret);
      if (!dom.isCollapsed || dom.focusNode !== node || dom.focusOffset !== offset) dom.collapse(node, offset);
    } catch {
      // The view was redrawn under us: ProseMirror's own selection stands.
    }
  }
}
