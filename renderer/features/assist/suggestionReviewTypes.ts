/** The suggestion review's contract, apart from its factory (createSuggestionReview.ts): what the panel, the keys and the loader see. */
import type { SuggestionPatch } from '@shared/assist/suggestionIndex';
import type { Suggestion, Suggestions } from '@shared/assist/suggestion';
import type { LabeledString } from '@shared/assist/suggestLearned';

/** What the review shows: whether the mode is open, whether suggestions are still being computed, the current one, and a version that changes with every change. */
export interface SuggestionReviewState {
  readonly open: boolean;
  readonly computing: boolean;
  /** True once the strings I tagged in other documents have been merged in. */
  readonly learned: boolean;
  readonly currentId: string | null;
  /** My rejections file was found damaged and moved aside (its path and the copy's): the panel says so until I dismiss it. */
  readonly keptAside: RejectionsKeptAside | null;
  readonly version: number;
}

/** A damaged rejections file main moved aside: where it was and where the copy is. */
export interface RejectionsKeptAside {
  readonly file: string;
  readonly movedTo: string;
}

/** Where rejections are remembered for good (main's store), so they hold in every document and after a restart. */
export interface RejectionMemory {
  setRejected(entry: LabeledString, rejected: boolean): void;
}

/**
 * How the whole text's suggestions are put into the index: `slice` at a time, as many slices as fit
 * in `budgetMs` (stopping early when `inputPending` says a key is waiting), the rest in a later job
 * that `schedule` runs (the window: a background task, after input and rendering), so 600,000
 * suggestions never make one long task and a key waits at most for one short slice; the index's
 * queued learning (where a string I tagged occurs again) runs the same way. The default does everything at once.
 */
export interface LoadSlices {
  readonly slice: number;
  readonly budgetMs: number;
  schedule(job: () => void): void;
  now(): number;
  inputPending?(): boolean;
}

/** The review's key commands (the keymap's entries with mode "suggestionReview"). */
export type ReviewCommand = 'acceptSuggestion' | 'rejectSuggestion' | 'nextSuggestion' | 'previousSuggestion' | 'acceptAllOfLabel';

/** The suggestion review of one document: A / X / J / K / accept-all over an index kept up to date change by change. */
export interface SuggestionReview {
  getState(): SuggestionReviewState;
  subscribe(listener: () => void): () => void;
  /**
   * Who redraws when the shown suggestions or the current one change (the editor), or null: it
   * gets what a change showed and hid (so it redraws only those), or null when everything shown may have changed.
   */
  attach(redraw: ((patch: SuggestionPatch | null) => void) | null): void;
  setOpen(open: boolean): void;
  /**
   * The rule suggestions of the paragraphs in view arrived before the whole text's: they are drawn
   * (still "computing"), hiding those my tags cover; ignored once the whole text's are loaded.
   */
  preview(rules: Suggestions, rejected: readonly LabeledString[]): void;
  /**
   * The text's rule suggestions and my rejections arrived: they go into the index in slices (see
   * `LoadSlices`), each drawn as it goes in; "computing" until the last is in and my tags' strings are learned, then counts and keys act on all.
   */
  load(rules: Suggestions, rejected: readonly LabeledString[]): void;
  /** Main found my rejections file damaged and kept it aside (null: the notice is dismissed). */
  noteKeptAside(keptAside: RejectionsKeptAside | null): void;
  /** Strings I tagged in other documents arrived: their occurrences here are suggested too. */
  learn(strings: readonly LabeledString[]): void;
  /** My tags changed (or an undo moved a rejection): only what that changes is redrawn. */
  sync(): void;
  visible(): readonly Suggestion[];
  /** True when there is something to draw: the mode is open and a preview or the whole text is in. */
  drawable(): boolean;
  /** The shown suggestions over [start, end) (code points); none while the mode is closed. */
  visibleIn(start: number, end: number): readonly Suggestion[];
  /** Suggestion `id` when it is shown now (the mode open, neither decided nor covered), else null. */
  shown(id: string): Suggestion | null;
  count(label?: string): number;
  current(): Suggestion | null;
  move(direction: 1 | -1): Suggestion | null;
  /** Accepts the current suggestion (a quote with its source, see `acceptSuggestions`) as ONE undo step; false when there is none. */
  accept(id?: string): boolean;
  /** Rejects the current suggestion's (label, string) everywhere, as an undo step of its own. */
  reject(id?: string): boolean;
  /** Accepts every open suggestion of a label (quotes with their sources) as ONE undo step; returns how many. */
  acceptAll(label: string): number;
  /**
   * Runs a review key's command (A/Enter accept, X reject, J/K move, Shift+A accept all of the current
   * one's label); false when it acted on nothing. While the mode is open but no suggestion is known
   * yet, the key is held (true) and run in order once the first are known, so fast typing loses no
   * key; held keys are dropped when the mode closes or when one of them acts on nothing.
   */
  press(command: ReviewCommand): boolean;
  /** How many review keys are held until the first suggestions are known. */
  held(): number;
}
