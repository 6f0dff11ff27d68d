// @vitest-environment happy-dom
import { act, type RefObject } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorView } from '@tiptap/pm/view';
import type { ApiClient } from '../../../../../renderer/api/bridgeClient';
import { useRememberedScroll } from '../../../../../renderer/features/shell/useRememberedScroll';
import type { DocumentSession } from '../../../../../renderer/state/createDocumentSession';
import { mountComponent } from '../../../support/mountComponent';

const mount = mountComponent();

/** What the hook reads of a session without a remembered anchor: which document it is. */
const sessionOf = (documentId: string) => ({ documentId }) as unknown as DocumentSession;

/** A document pane whose scroll position counts every read and write (in a browser each lays the page out). */
function countedPane() {
  const pane = document.createElement('main');
  const counts = { reads: 0, writes: [] as number[] };
  let top = 0;
  Object.defineProperty(pane, 'scrollTop', {
    configurable: true,
    get: () => (counts.reads++, top),
    set: (value: number) => void (counts.writes.push(value), (top = value)),
  });
  return { pane, ref: { current: pane } as RefObject<HTMLElement | null>, counts, scrollBy: (to: number) => ((top = to), pane.dispatchEvent(new Event('scroll'))) };
}

// An empty editor: no paragraph at the pane's top, so a scroll is remembered as pixels alone.
const view = { isDestroyed: false, dom: document.createElement('div') } as unknown as EditorView;

function Host({ api, session, pane, initial }: { api: ApiClient; session: DocumentSession; pane: RefObject<HTMLElement | null>; initial: number }) {
  useRememberedScroll(api, session, view, pane, initial);
  return null;
}

describe('useRememberedScroll', () => {
  const rememberScroll = vi.fn(async () => undefined);
  const api = { rememberScroll } as unknown as ApiClient;
  const session = sessionOf('sha256:' + '5'.repeat(64));
  beforeEach(() => {
    vi.useFakeTimers();
    rememberScroll.mockClear();
  });
  afterEach(() => void vi.useRealTimers());

  it('leaves a new pane at the top untouched — no read, no write — when the remembered position is the top', () => {
    const { ref, counts } = countedPane();
    mount.render(<Host api={api} session={session} pane={ref} initial={0} />);
    expect(counts).toEqual({ reads: 0, writes: [] });
  });

  it('restores a remembered position below the top', () => {
    const { ref, counts } = countedPane();
    mount.render(<Host api={api} session={session} pane={ref} initial={240} />);
    expect(counts.writes).toEqual([240]);
  });

  it('sends a scroll after the quiet time, and sets a pane that has scrolled back to the top when shown again', async () => {
    const { ref, counts, scrollBy } = countedPane();
    mount.render(<Host api={api} session={session} pane={ref} initial={0} />);
    act(() => void scrollBy(120));
    await act(async () => void vi.advanceTimersByTime(700));
    expect(rememberScroll).toHaveBeenCalledWith({ documentId: session.documentId, scrollTop: 120 });
    // The same pane with another session (the document reopened): the top is written now.
    mount.render(<Host api={api} session={sessionOf('sha256:' + '6'.repeat(64))} pane={ref} initial={0} />);
    expect(counts.writes).toEqual([0]);
  });
});
