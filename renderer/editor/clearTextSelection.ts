import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { dispatchWithLateSelection, pendingSelection, waitForFrame } from './dispatchWithLateSelection';
import { editorPageSelection } from './domSelectionRange';

/** The page's selection in the editor as ProseMirror positions (a waiting write counts as written), or null. */
function pageSelection(view: EditorView): { anchor: number; head: number } | null {
  const late = pendingSelection(view);
  if (late) return late;
  const page = editorPageSelection(view);
  if (!page?.anchorNode || !page.focusNode) return null;
  try {
    return { anchor: view.posAtDOM(page.anchorNode, page.anchorOffset), head: view.posAtDOM(page.focusNode, page.focusOffset) };
  } catch {
    return null; // A node ProseMirror does not know (never inside our text).
  }
}

/**
 * Collapses the text selection in the page AND in ProseMirror's state, so a later focus or redraw
 * cannot bring back an old selection for the next label key to act on. The caret goes to `at`
 * (a ProseMirror position) when given — the caller knows where the tag it acted on ends, while
 * the page's selection may already have been redrawn from ProseMirror's older state — else to the
 * end of the page's selection when it is in the editor (ProseMirror learns of keyboard selections
 * only on the asynchronous selectionchange event), else to the end of its own. The page is read by
 * its nodes only and written before the next frame (`dispatchWithLateSelection`): after J/K's
 * redraw, reading `isCollapsed` or writing a selection would make the browser lay out the page.
 */
export function clearTextSelection(view: EditorView, at?: number): void {
  if (view.isDestroyed) return;
  const page = pageSelection(view);
  const size = view.state.doc.content.size;
  const caret = Math.max(0, Math.min(at ?? (page ? Math.max(page.anchor, page.head) : view.state.selection.to), size));
  const { selection } = view.state;
  const pageAtCaret = page === null || (page.anchor === caret && page.head === caret);
  if (selection.empty && selection.from === caret && pageAtCaret) return;
  // ProseMirror writes the page's selection only when its own changes: else the page is given it.
  if (selection.empty && selection.from === caret) waitForFrame(view);
  else dispatchWithLateSelection(view, view.state.tr.setSelection(TextSelection.create(view.state.doc, caret)).setMeta('addToHistory', false));
}
