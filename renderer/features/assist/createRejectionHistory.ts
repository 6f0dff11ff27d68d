import type { History } from '@shared/annotation/history';
import type { LabeledString } from '@shared/assist/suggestLearned';
import type { TaggedDocument } from '@shared/relation/relationList';

/** A rejection that undo took back or redo gave again: its (label, string) and whether it holds now. */
export interface RejectionTurn {
  readonly entry: LabeledString;
  readonly holds: boolean;
}

/** The rejections made in one review, each tied to the undo step it made (see `createRejectionHistory`). */
export interface RejectionHistory {
  /** Remembers a rejection of `entry` made as the undo step `step`. */
  add(entry: LabeledString, step: TaggedDocument): void;
  /** The rejections made here that hold now. */
  active(): LabeledString[];
  /** The rejections `history` turned since the last call (undone: no longer hold; redone: hold again); those out of the history are forgotten as they are. */
  follow(history: History<TaggedDocument>): RejectionTurn[];
}

/**
 * Keeps the review's rejections with their undo steps: a rejection holds while its step is in the
 * past or present of the history, so Ctrl+Z takes it back and Ctrl+Y gives it again, like a tag.
 */
export function createRejectionHistory(): RejectionHistory {
  const rejections: { entry: LabeledString; step: TaggedDocument; active: boolean }[] = [];
  return {
    add(entry, step) {
      rejections.push({ entry, step, active: true });
    },
    active: () => rejections.filter((r) => r.active).map((r) => r.entry),
    follow(history) {
      const turns: RejectionTurn[] = [];
      for (const r of [...rejections]) {
        const undone = history.future.some((f) => f.state === r.step);
        const holds = history.present === r.step || history.past.some((p) => p.state === r.step);
        // Out of the history (redo cleared, or older than the undo limit): it stays as it is now.
        if (!undone && !holds) {
          rejections.splice(rejections.indexOf(r), 1);
          continue;
        }
        if (holds === r.active) continue;
        r.active = holds;
        turns.push({ entry: r.entry, holds });
      }
      return turns;
    },
  };
}
