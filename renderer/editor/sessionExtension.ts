import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { DocumentSession } from '../state/createDocumentSession';
import { annotationHighlights, diffAnnotations, highlightKey, type HighlightConfig } from './annotationHighlights';
import { colleagueHighlights } from './colleagueHighlights';
import { labelChips } from './labelChips';
import { dispatchWithLateSelection, pendingSelection } from './dispatchWithLateSelection';
import { editorPageSelection } from './domSelectionRange';
import { selectedTagOutline, type SelectedTagOutline } from './selectedTagOutline';
import { searchHighlight } from './searchHighlight';
import { NONE_SKIPPED, watchSkippedChunks, type SkippedChunks } from './skippedChunks';
import { splitOffscreenChange } from './splitOffscreenChange';
import { afterPaint } from '../ui/afterPaint';
import type { HighlightChange } from './annotationHighlights';

/** The ids of the annotations drawn under a DOM node, innermost first. */
export function annotationIdsAt(target: EventTarget | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  let node = target instanceof Node ? (target instanceof HTMLElement ? target : target.parentElement) : null;
  while (node && node !== root) {
    const id = node.getAttribute('data-ann');
    if (id) ids.push(id);
    node = node.parentElement;
  }
  return ids;
}

/** The editor position of a code-point offset of the session's text. */
export function positionOf(session: DocumentSession, codePoint: number): number {
  return session.textIndex.offsetToPos(session.converter.codePointToUtf16(codePoint));
}

/**
 * The session's editor plugins, for its document's own editor state: annotation highlights, label
 * chips, colleagues' layers, the selected annotation, search hits, click-to-select (repeated clicks
 * on overlapping spans cycle through them), and the session binding, which lives in a plugin's
 * `view()` so it starts and ends with the state that shows the session.
 */
export function sessionPlugins(session: DocumentSession, labelName: (id: string) => string): Plugin[] {
  const config: HighlightConfig = { toPos: (cp) => positionOf(session, cp), labelName };
  const initial = session.annotations();
  const outline = selectedTagOutline(config);
  return [
    annotationHighlights(config, initial),
    labelChips(config),
    colleagueHighlights(config),
    outline.plugin,
    searchHighlight(),
    new Plugin({
      key: new PluginKey('annotationClicks'),
      props: {
        handleClick(view, _pos, event) {
          const selection = view.dom.ownerDocument.getSelection();
          if (selection && !selection.isCollapsed) return false;
          const ids = annotationIdsAt(event.target, view.dom);
          if (ids.length > 0) session.cycleAt(ids);
          else session.select(null);
          return false;
        },
      },
    }),
    new Plugin({
      key: new PluginKey('sessionBinding'),
      view: (view) => ({ destroy: bindSessionToView(view, session, initial, outline, watchSkippedChunks(view)) }),
    }),
  ];
}

/**
 * Carries the page's text selection into `tr` when it lies in the editor: ProseMirror learns of
 * keyboard selections only on the asynchronous selectionchange event, and a redraw writes its own
 * (then older) selection back into the page — which would move the caret under the user's keys.
 */
function keepPageSelection(view: EditorView, tr: Transaction): void {
  // A write still waiting for the frame is ProseMirror's own selection: nothing newer to carry.
  if (pendingSelection(view)) return;
  const dom = editorPageSelection(view);
  if (!dom?.anchorNode || !dom.focusNode) return;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    if (anchor !== tr.selection.anchor || head !== tr.selection.head) tr.setSelection(TextSelection.create(tr.doc, anchor, head));
  } catch {
    // A node ProseMirror does not know (never inside our text): its own selection stands.
  }
}

/** Views whose next session change also puts the caret at the selected tag's end (see caretToSelectedEnd). */
const caretRequests = new WeakSet<EditorView>();

/**
 * Runs `change` (a session change that leaves a tag selected, e.g. a label key) so that the
 * editor's update for it also collapses the selection to the end of the selected tag: one
 * transaction and one write of the page's selection instead of one that restores the old text
 * selection (after the redraw, which forces a layout) and a second that collapses it.
 */
export function caretToSelectedEnd<T>(view: EditorView, change: () => T): T {
  caretRequests.add(view);
  try {
    return change();
  } finally {
    caretRequests.delete(view);
  }
}

/** No label hidden: what the highlight plugin draws at first. */
const NONE_HIDDEN: readonly string[] = [];

/**
 * Keeps the editor's decorations in step with the session: each session change dispatches only
 * the difference (added/removed spans, the selected one) as transaction metadata; labels the filter
 * hides are not drawn (the filtered list is recomputed only when the list or the filter changes).
 * The page's live text selection rides along, so the redraw cannot move the caret (or, inside
 * caretToSelectedEnd, the caret goes to the selected tag's end in the same transaction). Spans in
 * chunks the browser skips (off screen, see `skipped`) are drawn after the frame is painted, in a
 * transaction of their own — before any later change is drawn. `initial` is the list the highlight
 * plugin drew; a change made before the view existed is caught up in a microtask (never inside the
 * view's construction). Returns the unbinding.
 */
export function bindSessionToView(
  view: EditorView,
  session: DocumentSession,
  initial: readonly Annotation[],
  outline: SelectedTagOutline,
  skipped: SkippedChunks = NONE_SKIPPED,
): () => void {
  let drawn = initial;
  let later: HighlightChange | null = null;
  let cancelLater = () => {};
  const drawLater = () => {
    cancelLater();
    const change = later;
    later = null;
    if (!change || view.isDestroyed) return;
    const tr = view.state.tr.setMeta('addToHistory', false).setMeta(highlightKey, change);
    keepPageSelection(view, tr);
    dispatchWithLateSelection(view, tr);
  };
  const offscreen = (a: Annotation) => skipped.skippedAt(positionOf(session, a.start)) && skipped.skippedAt(positionOf(session, a.end));
  let source = drawn;
  let hidden = NONE_HIDDEN;
  let selected: string | null = null;
  let selectedVersion: unknown = null;
  const sync = () => {
    if (view.isDestroyed) return;
    const state = session.getState();
    const listChanged = state.history.present.annotations !== source || (state.hiddenLabels !== hidden && (state.hiddenLabels.length > 0 || hidden.length > 0));
    const annotation = state.selectedId === null ? null : (state.history.present.annotations.find((a) => a.id === state.selectedId) ?? null);
    const selectionChanged = state.selectedId !== selected || annotation !== selectedVersion;
    // What an earlier change left for after its paint is drawn first when this one draws or outlines a tag (not for a save status).
    if (later && (listChanged || selectionChanged)) drawLater();
    const tr = view.state.tr.setMeta('addToHistory', false);
    if (listChanged) {
      source = state.history.present.annotations;
      hidden = state.hiddenLabels;
      const list = hidden.length === 0 ? source : source.filter((a) => !hidden.includes(a.label));
      const split = splitOffscreenChange(diffAnnotations(drawn, list), offscreen, state.selectedId);
      tr.setMeta(highlightKey, split.now);
      if (split.later) {
        later = split.later;
        cancelLater = afterPaint(drawLater);
      }
      drawn = list;
    }
    selected = state.selectedId;
    selectedVersion = annotation;
    const caret = annotation !== null && selectionChanged && caretRequests.has(view);
    // A change of the selected tag alone (J, K, a click, Escape) needs no transaction: the outline is a class.
    if (listChanged || caret) {
      if (annotation && caret) {
        const at = Math.max(0, Math.min(positionOf(session, annotation.end), tr.doc.content.size));
        tr.setSelection(TextSelection.create(tr.doc, at));
      } else keepPageSelection(view, tr);
      // The page's selection is written before the next frame, not into the page the redraw just dirtied.
      dispatchWithLateSelection(view, tr);
    }
    // After the redraw, so a new or retagged tag's elements are there to be marked.
    if (selectionChanged) outline.show(annotation);
  };
  queueMicrotask(sync);
  const unsubscribe = session.subscribe(sync);
  return () => {
    unsubscribe();
    cancelLater();
    skipped.destroy();
  };
}
