import type { EditorView } from '@tiptap/pm/view';
import type { Label } from '@shared/annotation/labelSet';
import type { DocumentSession } from '../../state/createDocumentSession';
import { clearTextSelection } from '../../editor/clearTextSelection';
import { visibleTextSelection } from '../../editor/visibleTextSelection';
import type { CommandHandler } from '../shortcuts/createKeyBindings';
import { applyLabel } from './applyLabel';

/** What the tagging commands act on. */
export interface TaggingTargets {
  session: DocumentSession;
  view: EditorView | null;
  labels: readonly Label[];
  focusNote(): void;
  reveal(id: string): void;
}

/**
 * The tagging commands of the window's command map: a label key tags or retags, J/K (Alt+↓/↑)
 * move, C cycles overlapping spans, Delete deletes, Enter edits the note, Escape deselects.
 * Each returns false when it does not apply (no editor yet, nothing selected), leaving the key to
 * the browser.
 */
export function taggingCommands({ session, view, labels, focusNote, reveal }: TaggingTargets): Record<string, CommandHandler> {
  const withSelection = (run: () => void): CommandHandler => () => {
    if (!view || session.selectedId() === null) return false;
    run();
  };
  // Delete, Enter and C act on what the label keys would: the visible selection before a tag selected earlier.
  const onKeyTarget = (run: () => void): CommandHandler => () => {
    if (!view) return false;
    const found = session.selectKeyTarget(visibleTextSelection(view, session.textIndex));
    if (found.kind === 'none') return false;
    if (found.kind === 'refuse') return;
    // The text selection has done its work: the next key acts on the selected tag, as after a label key.
    if (found.fromSelection) clearTextSelection(view, session.textIndex.offsetToPos(session.converter.codePointToUtf16(found.target.end)));
    run();
  };
  const move =
    (direction: 1 | -1): CommandHandler =>
    () => {
      if (!view) return false;
      const target = session.selectNeighbour(direction);
      if (!target) return;
      // The tag J/K reached is what the next label key acts on, not a text selection left behind.
      clearTextSelection(view);
      reveal(target.id);
    };
  return {
    label: ({ event }) => {
      const label = labels.find((l) => l.key === event?.key);
      if (!view || !label) return false;
      applyLabel(view, session, label.id);
    },
    next: move(1),
    previous: move(-1),
    cycle: onKeyTarget(() => void session.cycleOverlapping()),
    delete: onKeyTarget(() => session.deleteSelected()),
    note: onKeyTarget(focusNote),
    deselect: withSelection(() => session.select(null)),
  };
}
