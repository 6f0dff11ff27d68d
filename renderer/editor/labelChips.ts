import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import { highlightKey, type HighlightChange, type HighlightConfig } from './annotationHighlights';

/** Whether every drawn span shows its label as a chip (the "label on every span" view). */
export interface ChipsMeta {
  on: boolean;
}

interface ChipsState {
  on: boolean;
  /** The spans the highlight plugin draws now, by id, kept even while chips are off. */
  drawn: Map<string, Annotation>;
  set: DecorationSet;
}

export const chipsKey = new PluginKey<ChipsState>('labelChips');

/** A label chip as a widget with no text of its own (the name is drawn by CSS from data-chip), so selections map to text exactly. */
function chipWidget(config: HighlightConfig, a: Annotation): Decoration {
  const name = config.labelName(a.label);
  return Decoration.widget(
    config.toPos(a.start),
    () => {
      const el = document.createElement('span');
      el.className = `ann-label-chip label-${a.label}`;
      el.setAttribute('contenteditable', 'false');
      el.setAttribute('aria-hidden', 'true');
      el.dataset.chip = name;
      el.dataset.chipFor = a.id;
      return el;
    },
    // Nested spans starting at one place: the outer (longer) one's chip first.
    { side: -1 - 1 / (a.end - a.start + 1), key: `label-chip:${a.id}:${a.label}:${a.start}`, id: a.id, ignoreSelection: true },
  );
}

function rebuild(config: HighlightConfig, drawn: Map<string, Annotation>, doc: EditorState['doc']): DecorationSet {
  return DecorationSet.create(doc, [...drawn.values()].map((a) => chipWidget(config, a)));
}

/** Follows one highlight change: the drawn map always, the chips only while they are shown. */
function follow(config: HighlightConfig, state: ChipsState, change: HighlightChange, doc: EditorState['doc']): ChipsState {
  const drawn = new Map(state.drawn);
  const gone = new Set([...change.removed, ...change.added].map((a) => a.id));
  for (const a of change.removed) drawn.delete(a.id);
  for (const a of change.added) drawn.set(a.id, a);
  if (!state.on) return { ...state, drawn };
  const set = state.set.remove(state.set.find(undefined, undefined, (spec) => gone.has((spec as { id: string }).id))).add(doc, change.added.map((a) => chipWidget(config, a)));
  return { on: true, drawn, set };
}

/**
 * Draws a label chip at the start of every drawn span while the chips view is on (like brat and
 * INCEpTION), updated from the same change metadata as the highlights; off, it only keeps count
 * of what is drawn, so the underline view costs no extra nodes.
 */
export function labelChips(config: HighlightConfig, initial: readonly Annotation[]): Plugin<ChipsState> {
  return new Plugin<ChipsState>({
    key: chipsKey,
    state: {
      init: () => ({ on: false, drawn: new Map(initial.map((a) => [a.id, a])), set: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        let next = value;
        const change = tr.getMeta(highlightKey) as HighlightChange | undefined;
        if (change) next = follow(config, next, change, state.doc);
        const meta = tr.getMeta(chipsKey) as ChipsMeta | undefined;
        if (meta && meta.on !== next.on) next = { on: meta.on, drawn: next.drawn, set: meta.on ? rebuild(config, next.drawn, state.doc) : DecorationSet.empty };
        return next;
      },
    },
    props: { decorations: (state) => chipsKey.getState(state)?.set },
  });
}
