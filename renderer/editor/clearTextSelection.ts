import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Collapses the text selection to its end in ProseMirror's state AND in the page, so a later
 * focus or redraw cannot bring back an old selection for the next label key to act on.
 */
export function clearTextSelection(view: EditorView): void {
  if (view.isDestroyed) return;
  const { selection } = view.state;
  if (!selection.empty) {
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, selection.to)).setMeta('addToHistory', false));
  }
  const dom = view.dom.ownerDocument.getSelection();
  if (dom && !dom.isCollapsed && dom.anchorNode && view.dom.contains(dom.anchorNode)) dom.collapseToEnd();
}
