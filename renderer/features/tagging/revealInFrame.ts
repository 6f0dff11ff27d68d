import type { EditorView } from '@tiptap/pm/view';

/** The tag each view still has to reveal this frame (the latest asked for wins). */
const waiting = new WeakMap<EditorView, { id: string; pane: HTMLElement | null }>();

/** True when the whole of `element` lies within the pane's visible height (and the window's). */
function inView(element: Element, pane: HTMLElement | null): boolean {
  const box = element.getBoundingClientRect();
  const win = element.ownerDocument.defaultView;
  const area = pane?.getBoundingClientRect() ?? { top: 0, bottom: win?.innerHeight ?? 0 };
  return box.bottom > box.top && box.top >= Math.max(area.top, 0) && box.bottom <= Math.min(area.bottom, win?.innerHeight ?? area.bottom);
}

/**
 * Scrolls the tag `id` to the middle of `pane` in the next frame, unless it is already wholly in
 * view (then the text stays still under the reader's eyes, as J/K in other editors). It waits for
 * the frame because the key's own redraw (the selected tag's outline and chip) has dirtied the
 * page: a look at the tag's place inside the key's task forced a style and layout pass of its own
 * (~1.5 ms at 1M), in the frame it is the layout the frame does anyway. The tag's part of the text
 * must be drawn already (lazy chunks); several reveals in one frame reveal the latest.
 */
export function revealInFrame(view: EditorView, id: string, pane: HTMLElement | null): void {
  const queued = waiting.has(view);
  waiting.set(view, { id, pane });
  if (queued) return;
  const win = view.dom.ownerDocument.defaultView;
  const reveal = () => {
    const latest = waiting.get(view);
    waiting.delete(view);
    if (!latest || view.isDestroyed) return;
    const element = view.dom.querySelector(`[data-ann="${CSS.escape(latest.id)}"]`);
    if (element && !inView(element, latest.pane)) element.scrollIntoView({ block: 'center' });
  };
  if (win) win.requestAnimationFrame(reveal);
  else reveal();
}
