// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LABELS } from '@shared/annotation/labelSet';
import { countLabels, labelCountList } from '@shared/annotation/countLabels';
import type { CorpusEntry } from '@shared/ipc/methods/corpusMethods';
import { mountComponent } from '../../../support/mountComponent';
import { DocumentList, niceCeiling, type DocumentListProps } from '../../../../../renderer/features/corpus/DocumentList';

// Every render of a row draws its label bar once: counting the bars counts the row renders, per document.
const barRenders = vi.hoisted(() => [] as string[]);
vi.mock('../../../../../renderer/features/corpus/LabelBar', () => ({
  LabelBar: ({ counts }: { counts: Readonly<Record<string, number>> }) => {
    barRenders.push(Object.entries(counts).map(([label, count]) => `${label}=${count}`).join(','));
    return null;
  },
}));

// happy-dom lays nothing out: give every element a size, so the virtualizer draws the rows of a 400 px view.
for (const [name, value] of [['offsetHeight', 400], ['offsetWidth', 300], ['clientHeight', 400], ['clientWidth', 300]] as const) Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });

// Titles with an emoji and an NFD umlaut; each document has a tag of its own label mix, `constructor` included.
const DOCUMENTS: CorpusEntry[] = Array.from({ length: 30 }, (_, i) => ({
  id: `sha256:${i.toString(16).padStart(64, '0')}`,
  title: i % 2 === 0 ? `Mu\u0308ller ${i} 😀` : `Meldung ${i}`,
  source: `m${i}.txt`,
  encoding: 'utf-8',
  status: 'new',
  builtin: false,
  characters: 100,
  labelCounts: labelCountList(countLabels([{ label: 'actor' }, { label: i === 3 ? 'constructor' : 'claim' }])),
  createdAt: `2026-12-06T10:00:${String(i).padStart(2, '0')}.000Z`,
}));
const CURRENT = DOCUMENTS[0]!.id;

const view = mountComponent();
beforeEach(() => {
  barRenders.length = 0;
});

/** The open document's counts as the session publishes them: `set` publishes new counts to the subscribed parts. */
function liveStore(first: Readonly<Record<string, number>>) {
  let counts = first;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
    get: () => counts,
    set(next: Readonly<Record<string, number>>) {
      counts = next;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

function props(live: DocumentListProps['live']): DocumentListProps {
  const nothing = () => {};
  return {
    documents: DOCUMENTS,
    damaged: [],
    onRestoreDamaged: nothing,
    currentId: CURRENT,
    labels: DEFAULT_LABELS,
    live,
    onOpen: nothing,
    onRename: nothing,
    onStatus: nothing,
    onRemove: nothing,
    refocus: null,
    onRefocused: nothing,
    onKeyboardOpen: nothing,
    keys: { current: null },
    filter: '',
    onFilter: nothing,
    listMemory: { top: 0, rowHeight: null },
  };
}

describe('DocumentList', () => {
  it('re-renders only the open document’s row when a tag press changes the live counts', () => {
    const live = liveStore(countLabels([{ label: 'actor' }, { label: 'claim' }, { label: 'claim' }]));
    view.render(<DocumentList {...props(live)} />);
    const rows = view.host.querySelectorAll('[role="option"]').length;
    expect(rows).toBeGreaterThan(3);
    expect(barRenders.length).toBeGreaterThanOrEqual(rows);

    // Three tag presses: new live counts each time, published by the session; the list itself is not rendered again.
    for (const tags of [3, 4, 5]) {
      barRenders.length = 0;
      live.set(countLabels(Array.from({ length: tags }, () => ({ label: 'claim' }))));
      expect(barRenders).toEqual([`claim=${tags}`]);
    }
    // A publication that left the counts as they were (J, a save status) renders no row.
    barRenders.length = 0;
    live.set(live.get());
    expect(barRenders).toEqual([]);
  });

  it('rescales every bar when the open document’s live total passes the largest stored one', () => {
    const live = liveStore(countLabels([{ label: 'claim' }]));
    view.render(<DocumentList {...props(live)} />);
    const rows = view.host.querySelectorAll('[role="option"]').length;
    barRenders.length = 0;
    // 2 tags is the largest stored total (scale 2); 3 moves the bars' full width to 5, so every row draws again.
    live.set(countLabels([{ label: 'claim' }, { label: 'claim' }, { label: 'claim' }]));
    expect(barRenders.length).toBe(rows);
  });
});

describe('niceCeiling', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 5],
    [5, 5],
    [6, 10],
    [11, 20],
    [199, 200],
    [201, 500],
    [10_000, 10_000],
  ])('scales the bars of a largest total %i to %i (a tag press changes it only at a step)', (total, nice) => {
    expect(niceCeiling(total)).toBe(nice);
  });
});
