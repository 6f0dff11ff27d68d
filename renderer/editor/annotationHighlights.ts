import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import { changedMiddle } from '@shared/annotation/changedMiddle';

/** Maps a code-point offset of the canonical text to an editor position. */
export type ToPos = (codePoint: number) => number;

/** What the highlight plugin needs to draw a span: positions and a readable label name. */
export interface HighlightConfig {
  toPos: ToPos;
  labelName(labelId: string): string;
}

/**
 * A change to the drawn annotations, applied without a rebuild: spans to add, and the drawn
 * annotations (as they were drawn) to remove — a changed annotation is in both.
 */
export interface HighlightChange {
  added: readonly Annotation[];
  removed: readonly Annotation[];
}

interface HighlightState {
  set: DecorationSet;
}

/** Number of stacking lanes for overlapping spans; deeper nesting reuses the last lane. */
export const LANES = 3;

export const highlightKey = new PluginKey<HighlightState>('annotationHighlights');

/** The first lane no span overlapping [from, to) uses, so nested spans get separate underlines. */
function freeLane(set: DecorationSet, from: number, to: number): number {
  const used = new Set<number>();
  for (const d of set.find(from, to)) {
    if (d.from < to && d.to > from) used.add((d.spec as { lane: number }).lane);
  }
  let lane = 0;
  while (used.has(lane) && lane < LANES - 1) lane++;
  return lane;
}

function decorationFor(config: HighlightConfig, a: Annotation, lane: number): Decoration {
  const name = config.labelName(a.label);
  return Decoration.inline(
    config.toPos(a.start),
    config.toPos(a.end),
    {
      nodeName: `tw-l${lane}`,
      class: `ann label-${a.label}`,
      'data-ann': a.id,
      'data-label': a.label,
      title: a.note ? `${name}: ${a.text}\n${a.note}` : `${name}: ${a.text}`,
    },
    { id: a.id, label: a.label, lane, inclusiveStart: false, inclusiveEnd: false },
  );
}

/**
 * Applies one change: finds each removed annotation's decoration where it was drawn (a lookup in
 * the set's tree, no per-change index to copy), removes them, then adds new spans lane by lane.
 */
function applyChange(config: HighlightConfig, state: HighlightState, change: HighlightChange, doc: EditorState['doc']): HighlightState {
  let set = state.set;
  const gone: Decoration[] = [];
  for (const a of change.removed) gone.push(...set.find(config.toPos(a.start), config.toPos(a.end), (spec: { id?: string }) => spec.id === a.id));
  if (gone.length > 0) set = set.remove(gone);
  if (change.added.length > 0) {
    const added: Decoration[] = [];
    for (const a of change.added) {
      const d = decorationFor(config, a, freeLane(set, config.toPos(a.start), config.toPos(a.end)));
      if (change.added.length === 1) set = set.add(doc, [d]);
      else added.push(d);
    }
    // Many at once (tag all): lanes are chosen against the spans already drawn, then one add.
    if (added.length > 0) set = set.add(doc, added);
  }
  return { set };
}

/**
 * Builds the initial set in one pass: spans in text order take the lowest lane whose last span
 * has ended (a sweep, O(n·lanes)), then one DecorationSet.create instead of n incremental adds.
 */
function initialState(config: HighlightConfig, annotations: readonly Annotation[], doc: EditorState['doc']): HighlightState {
  const laneEnds: number[] = new Array(LANES).fill(-1);
  const decorations: Decoration[] = [];
  const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const a of sorted) {
    const from = config.toPos(a.start);
    let lane = laneEnds.findIndex((end) => end <= from);
    if (lane === -1) lane = LANES - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -1, config.toPos(a.end));
    decorations.push(decorationFor(config, a, lane));
  }
  return { set: DecorationSet.create(doc, decorations) };
}

/** The initial highlights of a document, built once for the view's first render and the plugin alike. */
export interface FirstHighlights {
  stateFor(doc: PMNode): HighlightState;
  /**
   * For the view's `decorations` prop: the initial set while the highlight plugin is not installed
   * yet (TipTap draws the text once before it installs plugins), nothing after (the plugin draws
   * the very same set, so installing it changes nothing on screen and redraws nothing).
   */
  decorations(state: EditorState): DecorationSet | null;
}

/** Builds `initial`'s highlights once per document node (see FirstHighlights). */
export function firstHighlights(config: HighlightConfig, initial: readonly Annotation[]): FirstHighlights {
  let built: { doc: PMNode; state: HighlightState } | null = null;
  const stateFor = (doc: PMNode): HighlightState => {
    if (built?.doc !== doc) built = { doc, state: initialState(config, initial, doc) };
    return built.state;
  };
  return { stateFor, decorations: (state) => (highlightKey.getState(state) ? null : stateFor(state.doc).set) };
}

/**
 * Draws annotations as inline decorations kept in plugin state and updated incrementally from
 * transaction metadata (never marks, never a full rebuild per edit); each overlapping span gets
 * its own element (`tw-l<lane>`) so nested spans show stacked underlines.
 */
export function annotationHighlights(config: HighlightConfig, initial: readonly Annotation[], first = firstHighlights(config, initial)): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: (_config, state) => first.stateFor(state.doc),
      apply(tr, value, _old, newState) {
        const change = tr.getMeta(highlightKey) as HighlightChange | undefined;
        return change ? applyChange(config, value, change, newState.doc) : value;
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.set,
    },
  });
}

/**
 * The change that turns the drawn list `before` into `after`, by object identity (ops copy what
 * they change): the common head and tail are skipped with pointer compares, so a key press that
 * changes one tag among ten thousand compares only the few in between by id.
 */
export function diffAnnotations(before: readonly Annotation[], after: readonly Annotation[]): HighlightChange {
  const { head, beforeEnd, afterEnd } = changedMiddle(before, after);
  const was = before.slice(head, beforeEnd);
  const now = after.slice(head, afterEnd);
  const previous = new Map(was.map((a) => [a.id, a]));
  const kept = new Set<string>();
  const added: Annotation[] = [];
  for (const a of now) {
    if (previous.get(a.id) === a) kept.add(a.id);
    else added.push(a);
  }
  return { added, removed: was.filter((a) => !kept.has(a.id)) };
}
