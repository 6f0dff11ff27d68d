import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { highlightKey, type HighlightChange, type HighlightConfig } from './annotationHighlights';

/** Whether every drawn span shows its label as a chip (the "label on every span" view). */
export interface ChipsMeta {
  on: boolean;
}

interface ChipsState {
  on: boolean;
  set: DecorationSet;
}

export const chipsKey = new PluginKey<ChipsState>('labelChips');

/** A drawn span as the chip needs it: where it starts and ends (editor positions), its id and label. */
interface ChipSpan {
  from: number;
  to: number;
  id: string;
  label: string;
}

/** A label chip as a widget with no text of its own (the name is drawn by CSS from data-chip), so selections map to text exactly. */
function chipWidget(config: HighlightConfig, span: ChipSpan): Decoration {
  const name = config.labelName(span.label);
  return Decoration.widget(
    span.from,
    () => {
      const el = document.createElement('span');
      el.className = `ann-label-chip label-${span.label}`;
      el.setAttribute('contenteditable', 'false');
      el.setAttribute('aria-hidden', 'true');
      el.dataset.chip = name;
      el.dataset.chipFor = span.id;
      return el;
    },
    // Nested spans starting at one place: the outer (longer) one's chip first.
    { side: -1 - 1 / (span.to - span.from + 1), key: `label-chip:${span.id}:${span.label}:${span.from}`, id: span.id, ignoreSelection: true },
  );
}

/** Every span the highlight plugin draws now, read from its decorations (no copy of the list is kept per change). */
function rebuild(config: HighlightConfig, state: EditorState): DecorationSet {
  const drawn = highlightKey.getState(state)?.set.find() ?? [];
  const spans = drawn.map((d) => ({ from: d.from, to: d.to, ...(d.spec as { id: string; label: string }) }));
  return DecorationSet.create(state.doc, spans.map((span) => chipWidget(config, span)));
}

/** Follows one highlight change while the chips are shown: the changed spans' chips go, the added ones' come. */
function follow(config: HighlightConfig, set: DecorationSet, change: HighlightChange, doc: EditorState['doc']): DecorationSet {
  const gone = new Set([...change.removed, ...change.added].map((a) => a.id));
  const added = change.added.map((a) => chipWidget(config, { from: config.toPos(a.start), to: config.toPos(a.end), id: a.id, label: a.label }));
  return set.remove(set.find(undefined, undefined, (spec) => gone.has((spec as { id: string }).id))).add(doc, added);
}

/**
 * Draws a label chip at the start of every drawn span while the chips view is on (like brat and
 * INCEpTION), updated from the same change metadata as the highlights; off, it keeps nothing and
 * does nothing per change (turned on, it reads the drawn spans from the highlight plugin), so the
 * underline view costs no extra nodes and no work per key press.
 */
export function labelChips(config: HighlightConfig): Plugin<ChipsState> {
  return new Plugin<ChipsState>({
    key: chipsKey,
    state: {
      init: () => ({ on: false, set: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(chipsKey) as ChipsMeta | undefined;
        // Turned on or off: from the highlights as they are after this transaction (their plugin applies first).
        if (meta && meta.on !== value.on) return { on: meta.on, set: meta.on ? rebuild(config, state) : DecorationSet.empty };
        const change = tr.getMeta(highlightKey) as HighlightChange | undefined;
        return change && value.on ? { on: true, set: follow(config, value.set, change, state.doc) } : value;
      },
    },
    props: { decorations: (state) => chipsKey.getState(state)?.set },
  });
}
