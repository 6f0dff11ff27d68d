import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { HighlightConfig } from './annotationHighlights';

/** One colleague's spans as review mode draws them: who, their initials, and their style slot (0–2). */
export interface ColleagueLayer {
  readonly annotator: string;
  readonly initials: string;
  readonly slot: number;
  readonly annotations: readonly Annotation[];
}

/** What review mode shows: the visible colleagues' layers, and whether my own highlights are hidden. */
export interface ColleagueView {
  readonly layers: readonly ColleagueLayer[];
  readonly hideMine: boolean;
}

interface ColleagueState {
  readonly set: DecorationSet;
  readonly hideMine: boolean;
}

export const colleagueKey = new PluginKey<ColleagueState>('colleagueHighlights');

/** Style slots for colleagues (each a different line position and marker shape); more reuse the last. */
export const COLLEAGUE_SLOTS = 3;

/** Lanes for one colleague's overlapping spans, by greedy interval colouring in text order (0 or 1). */
export function colleagueLanes(annotations: readonly Annotation[]): Map<string, number> {
  const lanes = new Map<string, number>();
  const ends: number[] = [];
  const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const a of sorted) {
    let lane = ends.findIndex((end) => end <= a.start);
    if (lane === -1) lane = Math.min(ends.length, 1);
    ends[lane] = Math.max(ends[lane] ?? 0, a.end);
    lanes.set(a.id, lane);
  }
  return lanes;
}

/** The initials marker at a span's start: a widget with no text of its own (drawn by CSS from data-initials). */
function marker(layer: ColleagueLayer, a: Annotation): HTMLElement {
  const el = document.createElement('span');
  el.className = `col-marker col-s${layer.slot} label-${a.label}`;
  el.setAttribute('contenteditable', 'false');
  el.setAttribute('aria-hidden', 'true');
  el.dataset.initials = layer.initials;
  return el;
}

function build(config: HighlightConfig, doc: Parameters<typeof DecorationSet.create>[0], layers: readonly ColleagueLayer[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const layer of layers) {
    const slot = Math.min(layer.slot, COLLEAGUE_SLOTS - 1);
    const lanes = colleagueLanes(layer.annotations);
    for (const a of layer.annotations) {
      const from = config.toPos(a.start);
      const name = config.labelName(a.label);
      decorations.push(
        Decoration.inline(from, config.toPos(a.end), {
          nodeName: 'tw-c',
          class: `col col-s${slot} col-l${lanes.get(a.id) ?? 0} label-${a.label}`,
          'data-colleague': layer.annotator,
          'data-cann': a.id,
          'data-col-label': a.label,
          title: `${layer.annotator} (${layer.initials}) · ${name}: ${a.text}`,
        }),
        Decoration.widget(from, () => marker({ ...layer, slot }, a), { side: -1, key: `col:${layer.annotator}:${a.id}:${a.label}`, ignoreSelection: true }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Review mode's colleague layers: each colleague's spans drawn as a line ABOVE the text in the
 * label's pattern (mine are lines below), in their own style slot, with their initials at the
 * start of each span, so whose span it is never depends on colour; also hides my highlights
 * when asked (an attribute on the editor). Rebuilt as a whole from transaction meta (a
 * `ColleagueView`), which happens only when the colleagues or their visibility change.
 */
export function colleagueHighlights(config: HighlightConfig): Plugin<ColleagueState> {
  return new Plugin<ColleagueState>({
    key: colleagueKey,
    state: {
      init: () => ({ set: DecorationSet.empty, hideMine: false }),
      apply(tr, value, _old, state) {
        const view = tr.getMeta(colleagueKey) as ColleagueView | undefined;
        if (!view) return value;
        return { set: build(config, state.doc, view.layers), hideMine: view.hideMine };
      },
    },
    props: {
      decorations: (state) => colleagueKey.getState(state)?.set,
      attributes: (state): Record<string, string> => (colleagueKey.getState(state)?.hideMine ? { class: 'review-hide-mine' } : {}),
    },
  });
}
