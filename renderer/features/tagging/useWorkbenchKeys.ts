import { useEffect } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { Label } from '../../../shared/annotation/labelSet';
import type { DocumentSession } from '../../state/createDocumentSession';
import { clearTextSelection } from '../../editor/clearTextSelection';
import { applyLabel } from './applyLabel';

/** What the workbench's keys act on. */
export interface WorkbenchKeyTargets {
  session: DocumentSession;
  view: EditorView | null;
  labels: readonly Label[];
  openSearch(): void;
  focusNote(): void;
  saveNow(): void;
  reveal(id: string): void;
}

/** True when focus is in the text or on nothing in particular: only there do Enter, Delete and Escape act on tags. */
function isTextOrBody(target: EventTarget | null): boolean {
  return target === document.body || target === document.documentElement || (target instanceof HTMLElement && target.closest('.text-editor') !== null);
}

/** True when typing goes into a form field (note, search), where tagging keys must not fire. */
function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || (target.isContentEditable && !target.closest('.text-editor')));
}

/**
 * The workbench's keyboard: 1–4 tag or retag, Delete/Backspace delete, Alt+↓/↑ or J/K move
 * between annotations, C cycles through spans overlapping the selected one, Enter edits the note, Escape deselects, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y
 * undo and redo, Ctrl+F searches, Ctrl+S saves; all keys safe on German layouts.
 */
export function useWorkbenchKeys(targets: WorkbenchKeyTargets): void {
  const { session, view, labels, openSearch, focusNote, saveNow, reveal } = targets;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const inField = isFormField(event.target);
      const key = event.key.toLowerCase();
      if (event.ctrlKey || event.metaKey) {
        if (key === 'f') {
          event.preventDefault();
          openSearch();
        } else if (key === 's') {
          event.preventDefault();
          saveNow();
        } else if (!inField && key === 'z') {
          event.preventDefault();
          if (event.shiftKey) session.redo();
          else session.undo();
        } else if (!inField && key === 'y') {
          event.preventDefault();
          session.redo();
        }
        return;
      }
      if (inField || !view) return;
      const selectedId = session.store.get().selectedId;
      const label = event.altKey ? undefined : labels.find((l) => l.key === event.key);
      if (label) {
        event.preventDefault();
        applyLabel(view, session, label.id);
        return;
      }
      const move = (direction: 1 | -1) => {
        event.preventDefault();
        const target = session.selectNeighbour(direction);
        if (!target) return;
        // The tag J/K reached is what the next label key acts on, not a text selection left behind.
        clearTextSelection(view);
        reveal(target.id);
      };
      if (event.altKey && event.key === 'ArrowDown') return move(1);
      if (event.altKey && event.key === 'ArrowUp') return move(-1);
      if (event.altKey) return;
      if (key === 'j') return move(1);
      if (key === 'k') return move(-1);
      if (key === 'c' && selectedId !== null) {
        event.preventDefault();
        session.cycleOverlapping();
        return;
      }
      // Buttons, tabs and list rows keep their own Enter/Space/Delete/Escape.
      if (!isTextOrBody(event.target)) return;
      if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId !== null) {
        event.preventDefault();
        session.deleteSelected();
      } else if (event.key === 'Enter' && selectedId !== null) {
        event.preventDefault();
        focusNote();
      } else if (event.key === 'Escape' && selectedId !== null) {
        event.preventDefault();
        session.select(null);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [session, view, labels, openSearch, focusNote, saveNow, reveal]);
}
