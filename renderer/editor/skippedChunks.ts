import type { EditorView } from '@tiptap/pm/view';

/** The state change Chromium fires on a `content-visibility: auto` element (not in every DOM typing yet). */
const STATE_CHANGE = 'contentvisibilityautostatechange';

/** Which of a view's chunks the browser skips now (off screen: no style, layout or paint of their content). */
export interface SkippedChunks {
  /** Whether the chunk holding editor position `pos` is drawn but skipped; false when unsure (never seen skipped). */
  skippedAt(pos: number): boolean;
  destroy(): void;
}

/** Nothing is ever skipped: where the view's page does not report it (unit tests, other browsers). */
export const NONE_SKIPPED: SkippedChunks = { skippedAt: () => false, destroy: () => undefined };

/**
 * Follows the browser's `contentvisibilityautostatechange` events on the view's chunks (editor.css
 * gives each drawn chunk `content-visibility: auto`), so a change to many tags can tell which of
 * them lie in chunks nobody sees. A chunk counts as skipped only after the browser said so, so a
 * chunk just drawn or just scrolled in is taken as visible.
 */
export function watchSkippedChunks(view: EditorView): SkippedChunks {
  const skipped = new WeakSet<EventTarget>();
  const onChange = (event: Event) => {
    if (!event.target) return;
    if ((event as Event & { skipped?: unknown }).skipped === true) skipped.add(event.target);
    else skipped.delete(event.target);
  };
  const root = view.dom;
  if (typeof root.addEventListener !== 'function') return NONE_SKIPPED;
  // The event does not bubble: a capturing listener on the editor sees it for every chunk.
  root.addEventListener(STATE_CHANGE, onChange, true);
  return {
    skippedAt(pos) {
      if (view.isDestroyed || pos <= 0 || pos >= view.state.doc.content.size) return false;
      const $pos = view.state.doc.resolve(pos);
      if ($pos.depth < 1) return false;
      const chunk = view.nodeDOM($pos.before(1));
      return chunk !== null && skipped.has(chunk);
    },
    destroy: () => root.removeEventListener(STATE_CHANGE, onChange, true),
  };
}
