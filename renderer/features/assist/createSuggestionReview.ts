import { acceptSuggestions, type Accepted } from '@shared/assist/acceptSuggestions';
import { createSuggestionIndex, type SuggestionPatch } from '@shared/assist/suggestionIndex';
import { overlapping } from '@shared/assist/tagDiff';
import type { Suggestion } from '@shared/assist/suggestion';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import type { TaggedDocument } from '@shared/relation/relationList';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { DocumentSession } from '../../state/createDocumentSession';
import { createKeyTypeahead } from './createKeyTypeahead';
import { createRejectionHistory } from './createRejectionHistory';
import { loadInSlices } from './loadInSlices';
import { sliceClock } from './sliceClock';
import type { LoadSlices, RejectionMemory, ReviewCommand, SuggestionReview, SuggestionReviewState } from './suggestionReviewTypes';

export type { LoadSlices, RejectionMemory, RejectionsKeptAside, ReviewCommand, SuggestionReview, SuggestionReviewState } from './suggestionReviewTypes';

const ALL_AT_ONCE: LoadSlices = { slice: Number.MAX_SAFE_INTEGER, budgetMs: Number.POSITIVE_INFINITY, schedule: (job) => job(), now: () => 0 };

type Session = Pick<DocumentSession, 'documentId' | 'text' | 'converter' | 'annotations' | 'getState' | 'replaceDocument' | 'say'>;

/**
 * Creates the review over a session: accepting makes my tags (annotator me, `origin: "assist"`)
 * through the session, so they undo, autosave and count like any tag; rejecting remembers the
 * (label, string) in `memory`. Suggestions never enter the session until accepted.
 */
export function createSuggestionReview(session: Session, memory: RejectionMemory, slices: LoadSlices = ALL_AT_ONCE): SuggestionReview {
  const index = createSuggestionIndex(session.text);
  let state: SuggestionReviewState = { open: false, computing: false, learned: false, currentId: null, keptAside: null, version: 0 };
  let loaded = false;
  /** True while the whole text's suggestions go into the index slice by slice. */
  let loading = false;
  /** The load going in slices (my tags first, a slice at a time), or null. */
  let slicing: { loadingMine(): boolean } | null = null;
  /** True while a preview of the paragraphs in view is drawn and the whole text's suggestions are still coming. */
  let previewing = false;
  const drawable = () => (loaded || previewing) && state.open;
  let draw: ((patch: SuggestionPatch | null) => void) | null = null;
  const rejections = createRejectionHistory();
  const listeners = new Set<() => void>();
  /** Review keys pressed while the mode is open and nothing is known yet (typeahead). */
  const typeahead = createKeyTypeahead<ReviewCommand>();
  let releasing = false;
  /** True while a key has nothing to act on yet but soon may: the mode is open, still computing, and no suggestion is known. */
  const waiting = () => state.open && state.computing && index.count() === 0;
  /** True while learning in the background changed counts the listeners (the panel) have not been told of yet. */
  let untold = false;
  const set = (patch: Partial<SuggestionReviewState>) => {
    untold = false;
    state = { ...state, ...patch, version: state.version + 1 };
    for (const listener of listeners) listener();
  };
  /** What learning in the background changed since the queue was last empty, not drawn yet (drawn once per drain, not per slice). */
  let undrawn: { added: Suggestion[]; removed: string[] } | null = null;
  const redraw = (patch: SuggestionPatch | null = null) => {
    // A whole redraw takes in what learning changed meanwhile.
    if (patch === null) undrawn = null;
    draw?.(patch);
  };
  /** Draws what learning changed, once its queue is empty: one editor transaction per tag's learning instead of one per slice. */
  const drawLearned = () => {
    if (index.pending() || undrawn === null) return;
    const patch = undrawn;
    undrawn = null;
    redraw(patch);
  };
  /**
   * Applies a change: the current one moves on when it went; the editor redraws what it shows of it.
   * A `background` change (a load slice, learning) is not drawn while computing: the view is drawn
   * once when computing ends, so a 1M load makes a few editor updates instead of hundreds; after
   * that, learning is drawn once its queue is empty (`drawLearned`).
   */
  const show = (patch: SuggestionPatch, currentId = state.currentId, background = false) => {
    const stillThere = currentId !== null && index.isOpen(currentId) ? currentId : null;
    const changed = patch.added.length > 0 || patch.removed.length > 0 || stillThere !== state.currentId;
    if (!changed) return;
    // While computing the panel says so and its counts are not final: only a new current suggestion re-renders it (a 1M load makes hundreds of patches).
    // Learning in the background (a tagged word's occurrences, thousands, a slice per task) tells the panel once, when the queue is empty.
    if (stillThere !== state.currentId || (!state.computing && !background)) set({ currentId: stillThere });
    else if (!state.computing) untold = true;
    if (!drawable() || (background && state.computing)) return;
    if (!background) return redraw(patch);
    undrawn ??= { added: [], removed: [] };
    undrawn.added.push(...patch.added);
    undrawn.removed.push(...patch.removed);
  };
  /** Computing is over: counts and keys act on all, and the view is drawn with what came in meanwhile. */
  const finishComputing = () => {
    set({ computing: false });
    redraw();
  };
  /** True while a job doing the index's queued learning is scheduled. */
  let working = false;
  /** Schedules the index's queued learning (where a string I tagged occurs again), a budget's worth per job: never in the key's task. */
  const workLater = () => {
    if (working || !index.pending()) return;
    working = true;
    slices.schedule(() => {
      working = false;
      show(index.work(sliceClock(slices)), state.currentId, true);
      // The load is done once my tags' strings are learned too: only then do counts and keys act on all.
      if (loaded && state.computing && !index.pending()) finishComputing();
      else if (untold && !index.pending()) set({});
      drawLearned();
      release();
      workLater();
    });
  };
  const find = (id?: string) => {
    const wanted = id ?? state.currentId;
    return wanted !== null && index.isOpen(wanted) ? (index.get(wanted) ?? null) : null;
  };
  const accepting = (chosen: readonly Suggestion[], update: (accepted: Accepted) => void) => (document: TaggedDocument, tools: { annotator: string; now: string; newId(): string }) => {
    const accepted = acceptSuggestions(document, chosen, {
      text: session.text,
      converter: session.converter,
      relationsOf: index.relationsOf,
      suggestion: index.get,
      isOpen: index.isOpen,
      types: DEFAULT_RELATION_TYPES,
      tools,
    });
    update(accepted);
    return accepted.document;
  };
  /** After a decision the next open suggestion becomes current, so A A A walks the text. */
  const advanceFrom = (decided: Suggestion) => {
    const patch = index.updateMine(session.annotations());
    show(patch, index.neighbour(decided, 1)?.id ?? null);
    workLater();
  };
  /** Undo takes a rejection back, redo gives it again: a rejection holds while its step is in the past or present. */
  const followHistory = () => {
    for (const { entry, holds } of rejections.follow(session.getState().history)) {
      memory.setRejected(entry, holds);
      show(holds ? index.reject(entry) : index.unreject(entry));
    }
  };

  /** What a review key does once there is something to act on (the review is declared below; keys come later). */
  const run = (command: ReviewCommand): boolean => {
    switch (command) {
      case 'acceptSuggestion':
        return review.accept() || review.move(1) !== null;
      case 'rejectSuggestion':
        return review.reject() || review.move(1) !== null;
      case 'nextSuggestion':
        return review.move(1) !== null;
      case 'previousSuggestion':
        return review.move(-1) !== null;
      case 'acceptAllOfLabel': {
        const label = review.current()?.label;
        return label !== undefined && review.acceptAll(label) > 0;
      }
    }
  };
  /** Runs the held keys once a suggestion is known or the computing is over (then the first acts on nothing and drops the rest). */
  const release = () => {
    if (releasing || typeahead.size() === 0 || waiting()) return;
    if (!state.open) return typeahead.drop();
    releasing = true;
    try {
      typeahead.release(run);
    } finally {
      releasing = false;
    }
  };
  const review: SuggestionReview = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach(target) {
      draw = target;
      redraw();
    },
    setOpen(open) {
      // Keys held for the mode are for this opening only.
      typeahead.drop();
      set({ open, computing: open && (!loaded || (state.computing && index.pending())), currentId: open ? state.currentId : null });
      redraw();
    },
    preview(rules, rejected) {
      if (loaded || loading) return;
      const mine = session.annotations();
      const longest = mine.reduce((max, t) => Math.max(max, t.end - t.start), 0);
      const uncovered = rules.annotations.filter((s) => !overlapping(mine, s, longest).some((t) => t.label === s.label));
      index.setRejected(rejected);
      index.setRules({ annotations: uncovered, relations: rules.relations });
      previewing = true;
      redraw();
      release();
    },
    load(rules, rejected) {
      if (loaded || loading) return;
      loading = true;
      // Rejections made on the preview meanwhile hold: `rejected` was read from main before them.
      show(index.setRejected([...rejected, ...rejections.active()]));
      previewing = true;
      slicing = loadInSlices(rules.annotations, slices, {
        mine: session.annotations,
        takeMine(first) {
          show(index.updateMine(first), state.currentId, true);
          workLater();
        },
        takeRules: (part) => show(index.addRules(part), state.currentId, true),
        between: release,
        done() {
          slicing = null;
          index.setRelations(rules.relations);
          previewing = false;
          loaded = true;
          loading = false;
          // Tags made while the slices went in: the index catches up, then counts and keys act on the whole text.
          show(index.updateMine(session.annotations()), state.currentId, true);
          if (!index.pending()) set({ computing: false });
          workLater();
          redraw();
          release();
        },
      });
    },
    noteKeptAside(keptAside) {
      if (keptAside?.movedTo !== state.keptAside?.movedTo) set({ keptAside });
    },
    learn(strings) {
      show(index.setLearned(strings));
      workLater();
      set({ learned: true });
      release();
    },
    sync() {
      if (!loaded && !loading) return;
      // While my tags are still going in, the next slice takes the change along.
      if (slicing?.loadingMine()) return;
      followHistory();
      show(index.updateMine(session.annotations()));
      workLater();
    },
    visible: () => (loaded ? index.visible() : []),
    drawable,
    visibleIn: (start, end) => (drawable() ? index.visibleIn(start, end) : []),
    shown: (id) => (drawable() && index.isOpen(id) ? (index.get(id) ?? null) : null),
    count: (label) => (loaded ? index.count(label) : 0),
    current: () => find(),
    move(direction) {
      const from = state.currentId === null ? null : (index.get(state.currentId) ?? null);
      const next = index.neighbour(from, direction);
      show({ added: [], removed: [] }, next?.id ?? null);
      return next;
    },
    accept(id) {
      const s = find(id);
      if (!s) return false;
      let accepted: Accepted | undefined;
      const made = session.replaceDocument(accepting([s], (a) => (accepted = a)), 'assist.accept', { key: 'assist.accepted', values: { text: s.text }, severity: 'info' });
      const speaker = accepted?.speakers[0];
      if (made && speaker) session.say({ key: 'assist.acceptedWithSource', values: { text: quoteForMessage(s.text), source: speaker.text }, severity: 'info' });
      else if (made && accepted && accepted.relations.length > 0) session.say({ key: 'assist.acceptedRelated', values: { text: quoteForMessage(s.text) }, severity: 'info' });
      if (made) advanceFrom(s);
      return made;
    },
    reject(id) {
      const s = find(id);
      if (!s) return false;
      const entry = { label: s.label, text: s.text };
      // The rejection is an undo step of its own (tags unchanged), so Ctrl+Z takes it back.
      const made = session.replaceDocument((document) => ({ annotations: document.annotations, relations: document.relations }), 'assist.reject', {
        key: 'assist.rejected',
        values: { text: s.text },
        severity: 'info',
      });
      if (made) rejections.add(entry, session.getState().history.present);
      memory.setRejected(entry, true);
      const patch = index.reject(entry);
      show(patch, index.neighbour(s, 1)?.id ?? null);
      return true;
    },
    acceptAll(label) {
      const chosen = index.visible().filter((s) => s.label === label);
      if (chosen.length === 0) return 0;
      const made = session.replaceDocument(accepting(chosen, () => undefined), 'assist.acceptAll', { key: 'assist.acceptedAll', values: { count: chosen.length, label }, severity: 'info' });
      if (made) show(index.updateMine(session.annotations()), index.neighbour(null, 1)?.id ?? null);
      workLater();
      return made ? chosen.length : 0;
    },
    press(command) {
      // Held keys go first, so keys act in the order they were pressed.
      release();
      if (waiting()) {
        typeahead.hold(command);
        return true;
      }
      return run(command);
    },
    held: () => typeahead.size(),
  };
  return review;
}
