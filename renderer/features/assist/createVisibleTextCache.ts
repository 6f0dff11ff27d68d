import type { EditorView } from '@tiptap/pm/view';
import type { DocumentSession } from '../../state/createDocumentSession';
import { nearVisibleText } from './nearVisibleText';
import { scrollParentOf } from './scrollParentOf';
import { whenIdle } from './whenIdle';

/** The visible text's range kept ready (see `createVisibleTextCache`). */
export interface VisibleTextCache {
  /** The range measured while idle, or measured now when a scroll, resize or change of my tags made it stale (or after `stop`). */
  get(): { start: number; end: number };
  /** Stops measuring ahead (S was pressed: the document's suggestions are asked for): `get` measures when called. */
  stop(): void;
}

/**
 * Keeps the code-point range near the visible text (`nearVisibleText`) measured when the window
 * is idle after the open and again after each scroll, resize or change of my tags (while `wanted`),
 * so the first S asks for the first screen's suggestions without a look at the layout in its key
 * (posAtCoords and the offset lookups cost 3–6 ms at 1M).
 */
export function createVisibleTextCache(view: EditorView, session: Pick<DocumentSession, 'converter' | 'textIndex' | 'subscribe' | 'getState'>, margin: number, wanted: () => boolean): VisibleTextCache {
  let range: { start: number; end: number } | null = null;
  let cancel: (() => void) | null = null;
  const measure = () => {
    cancel = null;
    if (!view.isDestroyed && wanted()) range = nearVisibleText(view, session, margin);
  };
  const stale = () => {
    range = null;
    cancel ??= whenIdle(measure, 500);
  };
  stale();
  const pane = scrollParentOf(view.dom);
  pane?.addEventListener('scroll', stale, { passive: true });
  window.addEventListener('resize', stale);
  let history = session.getState().history;
  const unsubscribe = session.subscribe(() => {
    if (session.getState().history === history) return;
    history = session.getState().history;
    stale();
  });
  return {
    get: () => range ?? nearVisibleText(view, session, margin),
    stop() {
      range = null;
      cancel?.();
      cancel = null;
      pane?.removeEventListener('scroll', stale);
      window.removeEventListener('resize', stale);
      unsubscribe();
    },
  };
}
