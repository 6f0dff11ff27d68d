import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { HighlightConfig } from './annotationHighlights';

export const selectionKey = new PluginKey<DecorationSet>('annotationSelection');

/** A label chip as a widget with no text of its own (the name is drawn by CSS from data-chip). */
function chip(labelId: string, name: string): HTMLElement {
  const el = document.createElement('span');
  el.className = `ann-chip label-${labelId}`;
  el.setAttribute('contenteditable', 'false');
  el.setAttribute('aria-hidden', 'true');
  el.dataset.chip = name;
  return el;
}

/**
 * Marks the selected annotation: an outline over its span and a label chip at its start,
 * so the selection never depends on colour alone; meta carries the annotation or null.
 */
export function selectionHighlight(config: HighlightConfig): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: selectionKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(selectionKey) as { annotation: Annotation | null } | undefined;
        if (!meta) return value;
        const a = meta.annotation;
        if (!a) return DecorationSet.empty;
        const from = config.toPos(a.start);
        const name = config.labelName(a.label);
        return DecorationSet.create(state.doc, [
          Decoration.inline(from, config.toPos(a.end), { nodeName: 'tw-sel', class: 'ann-selected', 'data-selected-ann': a.id }),
          Decoration.widget(from, () => chip(a.label, name), { side: -1, key: `chip:${a.id}:${a.label}`, ignoreSelection: true }),
        ]);
      },
    },
    props: { decorations: (state) => selectionKey.getState(state) },
  });
}
