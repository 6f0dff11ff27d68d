// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../../../renderer/api/bridgeClient';
import { useSaveOnLeave } from '../../../../../renderer/features/shell/useSaveOnLeave';
import { createDocumentSession, type DocumentSession } from '../../../../../renderer/state/createDocumentSession';
import { mountComponent } from '../../../support/mountComponent';

const TEXT = '😀 Anna Mu\u0308ller sagt: Anna kommt.';

const mount = mountComponent();

/** A session whose saves never finish (the document stays unsaved) and an api that records what the window tells main. */
function setup() {
  let n = 0;
  const session = createDocumentSession({
    opened: { document: { id: 'sha256:' + '3'.repeat(64), title: 't', source: 's', text: TEXT }, annotations: [], rev: 0, readOnly: false, notices: [] },
    annotator: () => 'jonas',
    snapToWords: () => true,
    newId: () => `id${++n}`,
    now: () => '2026-11-27T10:00:00.000Z',
    saveAnnotations: () => new Promise(() => undefined),
    isConflict: () => false,
    schedulePublication: () => () => undefined,
  });
  const reportSaveState = vi.fn(async () => undefined);
  const api = { reportSaveState, events: { onFlushRequest: () => () => undefined } } as unknown as ApiClient;
  return { session, reportSaveState, api };
}

function Host({ api, session }: { api: ApiClient; session: DocumentSession }) {
  useSaveOnLeave(api, session, false);
  return null;
}

const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 600));

describe('useSaveOnLeave', () => {
  it('tells main a tag made the document unsaved after the frame, not inside the key press, and only once for several changes', async () => {
    const { session, reportSaveState, api } = setup();
    mount.render(<Host api={api} session={session} />);
    expect(reportSaveState.mock.calls).toEqual([[{ dirty: false, failed: false }]]);
    act(() => {
      session.tagRange(TEXT.indexOf('Mu'), TEXT.indexOf(' sagt'), 'actor');
      // The key's own task sends nothing.
      expect(reportSaveState).toHaveBeenCalledTimes(1);
      session.tagRange(TEXT.indexOf('😀'), TEXT.indexOf(' Anna'), 'claim');
    });
    await nextPaint();
    expect(reportSaveState.mock.calls).toEqual([[{ dirty: false, failed: false }], [{ dirty: true, failed: false }]]);
    session.dispose();
  });

  it('a change still waiting for its frame is told to main when the document is left', () => {
    const { session, reportSaveState, api } = setup();
    mount.render(<Host api={api} session={session} />);
    session.tagRange(TEXT.indexOf('kommt'), TEXT.indexOf('.'), 'claim');
    mount.render(null);
    expect(reportSaveState.mock.calls.at(-1)).toEqual([{ dirty: true, failed: false }]);
    session.dispose();
  });
});
