import type { Annotation } from '@shared/annotation/annotation';
import { labeledStringKey, type LabeledString } from '@shared/assist/suggestLearned';
import type { Suggestion, Suggestions } from '@shared/assist/suggestion';
import type { SessionActions, SessionNavigation, SessionSelectors } from '../../state/sessionTypes';

/** What the review shows: whether the mode is open, whether suggestions are being computed, and the current one. */
export interface SuggestionReviewState {
  readonly open: boolean;
  readonly computing: boolean;
  readonly all: readonly Suggestion[];
  readonly currentId: string | null;
}

/** The window's memory of rejected strings, kept across documents, so a rejected string is not suggested again. */
export interface RejectedStrings {
  has(entry: LabeledString): boolean;
  add(entry: LabeledString): void;
  list(): LabeledString[];
}

/** A rejected-strings memory (per window). */
export function createRejectedStrings(): RejectedStrings {
  const entries = new Map<string, LabeledString>();
  return {
    has: (entry) => entries.has(labeledStringKey(entry)),
    add: (entry) => void entries.set(labeledStringKey(entry), { label: entry.label, text: entry.text }),
    list: () => [...entries.values()],
  };
}

type Session = Pick<SessionSelectors, 'annotations'> & Pick<SessionActions, 'replaceAnnotations'> & Pick<SessionNavigation, 'say'>;

/** The suggestion review: its state, the suggestions still open, and A / X / J / K / accept-all. */
export interface SuggestionReview {
  getState(): SuggestionReviewState;
  subscribe(listener: () => void): () => void;
  setOpen(open: boolean): void;
  setComputing(): void;
  setSuggestions(suggestions: Suggestions): void;
  /** Suggestions still to decide: not rejected, not already my tag of that label. */
  visible(): Suggestion[];
  current(): Suggestion | null;
  move(direction: 1 | -1): Suggestion | null;
  /** Accepts the current suggestion as my tag with `origin: "assist"` (one undo step); false when there is none. */
  accept(id?: string): boolean;
  reject(id?: string): boolean;
  /** Accepts every open suggestion of a label as ONE undo step; returns how many. */
  acceptAll(label: string): number;
}

function overlapsMine(s: Suggestion, mine: readonly Annotation[]): boolean {
  return mine.some((a) => a.label === s.label && a.start < s.end && s.start < a.end);
}

/**
 * Creates the review over a session: accepting makes my tag (annotator me, `origin: "assist"`)
 * through the session, so it undoes, autosaves and counts like any tag; rejecting remembers the
 * (label, string) in `rejected` so it is suggested nowhere again. Suggestions never enter the
 * session until accepted.
 */
export function createSuggestionReview(session: Session, rejected: RejectedStrings): SuggestionReview {
  let state: SuggestionReviewState = { open: false, computing: false, all: [], currentId: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SuggestionReviewState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const visible = () => state.all.filter((s) => !rejected.has(s) && !overlapsMine(s, session.annotations()));
  const find = (id?: string) => {
    const open = visible();
    return open.find((s) => s.id === (id ?? state.currentId)) ?? null;
  };
  const toTag = (s: Suggestion, tools: { annotator: string; now: string; newId(): string }): Annotation => ({
    id: tools.newId(), label: s.label, start: s.start, end: s.end, text: s.text, annotator: tools.annotator, createdAt: tools.now, updatedAt: tools.now, origin: 'assist',
  });
  /** After a decision the next open suggestion becomes current, so A A A walks the text. */
  const advanceFrom = (decided: Suggestion) => {
    const next = visible().find((s) => s.start >= decided.start && s.id !== decided.id) ?? visible()[0] ?? null;
    set({ currentId: next?.id ?? null });
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOpen: (open) => set({ open, ...(open ? {} : { currentId: null }) }),
    setComputing: () => set({ computing: true }),
    setSuggestions: (suggestions) => set({ computing: false, all: suggestions.annotations, currentId: null }),
    visible,
    current: () => find(),
    move(direction) {
      const open = visible();
      if (open.length === 0) return null;
      const at = open.findIndex((s) => s.id === state.currentId);
      const next = at < 0 ? (direction === 1 ? open[0] : open[open.length - 1]) : open[(at + direction + open.length) % open.length];
      set({ currentId: next?.id ?? null });
      return next ?? null;
    },
    accept(id) {
      const s = find(id);
      if (!s) return false;
      const made = session.replaceAnnotations((current, tools) => [...current, toTag(s, tools)], 'assist.accept', { key: 'assist.accepted', values: { text: s.text }, severity: 'info' });
      if (made) advanceFrom(s);
      return made;
    },
    reject(id) {
      const s = find(id);
      if (!s) return false;
      rejected.add(s);
      session.say({ key: 'assist.rejected', values: { text: s.text }, severity: 'info' });
      advanceFrom(s);
      return true;
    },
    acceptAll(label) {
      const chosen = visible().filter((s) => s.label === label);
      if (chosen.length === 0) return 0;
      const made = session.replaceAnnotations((current, tools) => [...current, ...chosen.map((s) => toTag(s, tools))], 'assist.acceptAll', { key: 'assist.acceptedAll', values: { count: chosen.length }, severity: 'info' });
      if (made) set({ currentId: visible()[0]?.id ?? null });
      return made ? chosen.length : 0;
    },
  };
}
