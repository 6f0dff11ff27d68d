import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { HighlightConfig } from './annotationHighlights';

/** The class of every drawn element of the selected tag (its outline). */
export const SELECTED_CLASS = 'ann-selected';
/** The class of the selected tag's first drawn element, which shows the label's chip (CSS, from `data-selected-chip`). */
export const CHIP_CLASS = 'ann-selected-start';
const CHIP_ATTRIBUTE = 'data-selected-chip';

/** The selected tag's outline and chip: the plugin that keeps them on redrawn text, and how to move them. */
export interface SelectedTagOutline {
  plugin: Plugin;
  /** Marks `annotation`'s drawn elements now (or none), without a transaction. */
  show(annotation: Annotation | null): void;
}

/** ProseMirror's DOM observer (internal): it takes an attribute change in a paragraph for an edit and redraws the paragraph. */
interface ObservedView {
  domObserver?: { stop(): void; start(): void };
}

/** The classes and chip one element should have: none, the outline, or the outline and the chip. */
function want(element: Element, mark: 'none' | 'outline' | 'chip', chip: string): boolean {
  const cls = element.classList;
  return cls.contains(SELECTED_CLASS) === (mark !== 'none') && cls.contains(CHIP_CLASS) === (mark === 'chip') && element.getAttribute(CHIP_ATTRIBUTE) === (mark === 'chip' ? chip : null);
}

/** Gives one element the outline, the outline and the chip, or neither. */
function apply(element: Element, mark: 'none' | 'outline' | 'chip', chip: string): void {
  element.classList.toggle(SELECTED_CLASS, mark !== 'none');
  element.classList.toggle(CHIP_CLASS, mark === 'chip');
  if (mark === 'chip') element.setAttribute(CHIP_ATTRIBUTE, chip);
  else element.removeAttribute(CHIP_ATTRIBUTE);
}

/**
 * Marks the selected annotation with a class on the highlight elements already drawn for it (an
 * outline, and the label's chip on the first), so the selection never depends on colour alone and
 * selecting, moving or clearing it rewraps no paragraph (an inline decoration cost a redraw of the
 * old and the new paragraph per J, K, click or Escape); the plugin re-marks after every editor
 * update, since a redraw or a lazily built chunk brings new elements. The classes are written with
 * ProseMirror's observer paused, as it pauses it for its own writes, and patching a highlight's own
 * classes keeps ours.
 */
export function selectedTagOutline(config: HighlightConfig): SelectedTagOutline {
  let view: EditorView | null = null;
  let selected: { id: string; chip: string } | null = null;
  let marked: Element[] = [];
  const mark = () => {
    const now = view && selected ? [...view.dom.querySelectorAll(`[data-ann="${CSS.escape(selected.id)}"]`)] : [];
    const chip = selected?.chip ?? '';
    const writes: [Element, 'none' | 'outline' | 'chip'][] = [];
    for (const element of marked) if (!now.includes(element)) writes.push([element, 'none']);
    now.forEach((element, index) => writes.push([element, index === 0 ? 'chip' : 'outline']));
    marked = now;
    const changes = writes.filter(([element, mark]) => !want(element, mark, chip));
    if (changes.length === 0) return;
    const observer = (view as ObservedView | null)?.domObserver;
    observer?.stop();
    for (const [element, mark] of changes) apply(element, mark, chip);
    observer?.start();
  };
  const plugin = new Plugin({
    key: new PluginKey('selectedTagOutline'),
    view: (editorView) => {
      view = editorView;
      mark();
      return {
        update: mark,
        destroy: () => {
          view = null;
          marked = [];
        },
      };
    },
  });
  return {
    plugin,
    show(annotation) {
      selected = annotation ? { id: annotation.id, chip: config.labelName(annotation.label) } : null;
      mark();
    },
  };
}
