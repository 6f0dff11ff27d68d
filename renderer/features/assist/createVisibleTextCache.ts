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

/** Ms without a scroll, resize or change of my tags before the range is measured again: never while scrolling. */
const SETTLE_MS = 300;

/**
 * Keeps the code-point range near the visible text (`nearVisibleText`) measured when the window
 * is idle after the open and again once scrolling, resizing or changes of my tags have stopped for
 * `SETTLE_MS` (while `wanted`; a scroll event itself only restarts a timer),
 * so the first S asks for the first screen's suggestions without a look at the layout in its key
 * (posAtCoords and the offset lookups cost 3–6 ms at 1M).
 */
export function createVisibleTextCache(view: EditorView, session: Pick<DocumentSession, 'converter' | 'textIndex' | 'subscribe' | 'getState'>, margin: number, wanted: () => boolean): VisibleTextCache {
  let range: { start: number; end: number } | null = null;
  let cancel: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pane = scrollParentOf(view.dom);
  const measure = () => {
    cancel = null;
    if (!view.isDestroyed && wanted()) range = nearVisibleText(view, session, margin, pane);
  };
  const stale = () => {
    range = null;
    cancel?.();
    cancel = null;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      cancel = whenIdle(measure, 500);
    }, SETTLE_MS);
  };
  stale();
  pane?.addEventListener('scroll', stale, { passive: true });
  window.addEventListener('resize', stale);
  let history = session.getState().history;
  const unsubscribe = session.subscribe(() => {
    if (session.getState().history === history) return;
    history = session.getState().history;
    stale();
  });
  return {
    get: () => range ?? nearVisibleText(view, session, margin, pane),
    stop() {
      range = null;
      cancel?.();
      cancel = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pane?.removeEventListener('scroll', stale);
      window.removeEventListener('resize', stale);
      unsubscribe();
    },
  };
}
