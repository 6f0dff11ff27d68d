import { annotationsAt, neighbourAnnotation } from '@shared/annotation/annotationNavigation';
import { tagKeyTarget } from '@shared/annotation/tagKeyTarget';
import type { SessionCore } from './createSessionCore';
import type { SessionNavigation } from './sessionTypes';
import { tagKeyRefusedMessage } from './tagMessages';

/** Selection moves (click cycling, J/K, C) and the label filter of a session; none is an undo step. */
export function createSessionNavigation(core: SessionCore): SessionNavigation {
  const { deps, text, converter, store, current, isShown } = core;
  // Every selection change is a new action: the previous action's message goes with it.
  const select = (id: string | null) => store.set((s) => (s.selectedId === id && s.message === null ? s : { ...s, selectedId: id, message: null }));
  return {
    toggleLabel(labelId) {
      store.set((s) => {
        const hiding = !s.hiddenLabels.includes(labelId);
        const hiddenLabels = hiding ? [...s.hiddenLabels, labelId] : s.hiddenLabels.filter((l) => l !== labelId);
        const selected = s.selectedId === null ? undefined : s.history.present.annotations.find((a) => a.id === s.selectedId);
        return { ...s, hiddenLabels, message: null, selectedId: hiding && selected?.label === labelId ? null : s.selectedId };
      });
    },
    isShown,
    select,
    selectNeighbour(direction) {
      const target = neighbourAnnotation(current(), store.get().selectedId, direction, false, isShown);
      const filtered = store.get().hiddenLabels.length > 0 ? 'Filtered' : '';
      if (target) select(target.id);
      else store.set((s) => ({ ...s, message: { key: `status.${direction === 1 ? 'last' : 'first'}Annotation${filtered}`, severity: 'info' } }));
      return target;
    },
    cycleAt(ids) {
      // Every annotation under the pointer covers the latest start among them: order them as annotationsAt does.
      const under = current().filter((a) => ids.includes(a.id) && isShown(a));
      if (under.length === 0) return null;
      const order = annotationsAt(under, Math.max(...under.map((a) => a.start))).map((a) => a.id);
      const selected = store.get().selectedId;
      const next = order[(selected === null ? -1 : order.indexOf(selected)) + 1] ?? order[0] ?? null;
      select(next);
      return next;
    },
    cycleOverlapping() {
      const list = current();
      const selected = list.find((a) => a.id === store.get().selectedId);
      if (!selected) return null;
      // Text order (the list's order): the outer claim, then the spans inside it, then around again.
      const order = list.filter((a) => a.start < selected.end && a.end > selected.start && isShown(a)).map((a) => a.id);
      const next = order[order.indexOf(selected.id) + 1] ?? order[0] ?? null;
      select(next);
      return next;
    },
    selectKeyTarget(selection) {
      const found = tagKeyTarget({ text, converter, annotations: current(), selectedId: store.get().selectedId, snapToWords: deps.snapToWords(), selection, isShown });
      if (found.kind === 'refuse') store.set((s) => ({ ...s, message: tagKeyRefusedMessage(found.reason) }));
      else if (found.kind === 'tag' && found.fromSelection) select(found.target.id);
      return found;
    },
    say(message) {
      store.set((s) => ({ ...s, message }));
    },
  };
}
