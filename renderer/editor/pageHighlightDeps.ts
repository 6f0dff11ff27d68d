import type { EditorView } from '@tiptap/pm/view';
import { highlightsChangedEvent } from '../features/assist/highlightsChangedEvent';
import type { HighlightPainterDeps } from './createHighlightPainter';

/** What every painter of `view` takes from the page. */
export type PageHighlightDeps = Required<Pick<HighlightPainterDeps, 'view' | 'registry' | 'createHighlight' | 'createRange' | 'changed'>>;

/**
 * The page's Custom Highlight API as a painter's dependencies for `view` — its registry, highlights,
 * static ranges, and the event the bench probe listens for — or null where the browser has no such
 * API, so the search-hit and suggestion painters are wired to the page in one place.
 */
export function pageHighlightDeps(view: EditorView): PageHighlightDeps | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  return {
    view,
    registry: CSS.highlights,
    createHighlight: () => new Highlight(),
    createRange: (start, end) => new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset }),
    changed: () => view.dom.ownerDocument.dispatchEvent(new Event(highlightsChangedEvent)),
  };
}
