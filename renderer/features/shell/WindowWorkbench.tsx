import { useCallback, useEffect, useMemo, useState } from 'react';
import { createWindowEditor, type WindowEditor } from '../../editor/createWindowEditor';
import { CorpusSidebar } from '../corpus/CorpusSidebar';
import { liveCountsOf } from '../corpus/liveCounts';
import { Workbench, type WorkbenchProps } from './Workbench';

/** Props of the window's workbench: those of the document's workbench but the window's frame, which it provides. */
export type WindowWorkbenchProps = Omit<WorkbenchProps, 'frame'>;

/**
 * The window's workbench: the frame — the grid, its header bar, the left column with the corpus
 * sidebar and the labels' box, and whether each side panel is shown — is mounted once per window,
 * and the document's workbench once per document (keyed), which draws into the frame's header and
 * labels' box through portals. So a switch among 10,000 documents never mounts the list again nor
 * moves it (its rows, virtualizer, filter, scroll offset and the focused row stay), a collapsed
 * panel stays collapsed, the text editor's view is kept (the document gets a fresh state in it),
 * and only the document's own parts are taken down and built anew — its per-document state
 * (search, review, suggestions, relation mode, dialogs, selection) with them.
 */
export function WindowWorkbench(props: WindowWorkbenchProps) {
  const { api, corpus, labels, session, onOpenDocument } = props;
  const [header, setHeader] = useState<HTMLElement | null>(null);
  const [palette, setPalette] = useState<HTMLElement | null>(null);
  const [leftOpen, setLeftOpen] = useState(true);
  const [rightOpen, setRightOpen] = useState(true);
  const [reviewOpen, setReviewOpen] = useState(false);
  const toggleLeft = useCallback(() => setLeftOpen((open) => !open), []);
  const toggleRight = useCallback(() => setRightOpen((open) => !open), []);
  // The sidebar follows the open document's counts in its row alone: a tag press never re-renders the sidebar.
  const live = useMemo(() => liveCountsOf(session), [session]);
  // One text editor per window: each document gets a fresh state in it, not a view of its own.
  // Made in an effect, so that it is destroyed with the window (and made again where React mounts twice).
  const [editor, setEditor] = useState<WindowEditor | null>(null);
  useEffect(() => {
    const made = createWindowEditor();
    setEditor(made);
    return () => made.destroy();
  }, []);
  return (
    <div className={['workbench', reviewOpen && 'review-open', !leftOpen && 'left-collapsed', !rightOpen && 'right-collapsed'].filter(Boolean).join(' ')}>
      <header className="workbench-header" ref={setHeader} />
      <div className="left-column" id="left-column" hidden={!leftOpen}>
        <CorpusSidebar api={api} corpus={corpus} currentId={session.documentId} labels={labels} live={live} onOpenDocument={onOpenDocument} />
        <aside className="palette" aria-labelledby="palette-heading" ref={setPalette} />
      </div>
      {header && palette && editor && (
        <Workbench key={session.documentId} {...props} frame={{ header, palette, editor, leftOpen, rightOpen, toggleLeft, toggleRight, setReviewOpen }} />
      )}
    </div>
  );
}
