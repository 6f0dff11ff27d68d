import type { EditorView } from '@tiptap/pm/view';
import { createHighlightPainter, type HighlightRegistryLike } from '../../editor/createHighlightPainter';
import type { DomPoint } from './textBoundaries';

export type { HighlightRegistryLike } from '../../editor/createHighlightPainter';

/** One suggestion to paint: its label, editor positions and whether it is the current one. */
export interface PaintedSuggestion {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
}

/** What the painter needs: the editor, the registry, and how a highlight and a range are made. */
export interface SuggestionPainterDeps {
  readonly view: EditorView;
  readonly registry: HighlightRegistryLike;
  createHighlight(): Highlight;
  createRange(start: DomPoint, end: DomPoint): AbstractRange;
  /** Told once after each pass that added or took away a range (a paint no DOM change shows: the bench probe listens). */
  changed?(): void;
}

/** The highlight name of a label's suggestions (`::highlight(tw-sug-<label>)` in assist.css), and of the current one. */
export const highlightName = (label: string, current = false) => `tw-sug${current ? '-current' : ''}-${label}`;

/** The painter of the drawn suggestions (see `createSuggestionPainter`). */
export interface SuggestionPainter {
  /** Takes the `dropped` suggestions away and paints (or repaints) the `put` ones, in one pass over the text. */
  apply(dropped: Iterable<string>, put: Iterable<readonly [string, PaintedSuggestion]>): void;
  /** Re-anchors what the editor's last DOM changes moved (call after each editor update; a mutation observer also calls it). */
  follow(): void;
  /** The painted range of suggestion `id`, or null (not painted, or in text not drawn yet). */
  rangeOf(id: string): AbstractRange | null;
  destroy(): void;
}

/**
 * Paints suggestions through the shared highlight painter (`createHighlightPainter`): one highlight
 * per label and one per label for the current suggestion (priority 1, so its thicker line is
 * painted over), so a suggestion adds no element to the text and a tag re-anchors only the
 * suggestions of the paragraph it redrew.
 */
export function createSuggestionPainter(deps: SuggestionPainterDeps): SuggestionPainter {
  const painter = createHighlightPainter({ ...deps, priorityOf: (name) => (name.startsWith(highlightName('', true)) ? 1 : 0) });
  return {
    apply(dropped, put) {
      const ranges = function* () {
        for (const [id, s] of put) yield [id, { from: s.from, to: s.to, names: s.current ? [highlightName(s.label), highlightName(s.label, true)] : [highlightName(s.label)] }] as const;
      };
      painter.apply(dropped, ranges());
    },
    follow: () => painter.follow(),
    rangeOf: (id) => painter.rangeOf(id),
    destroy: () => painter.destroy(),
  };
}
