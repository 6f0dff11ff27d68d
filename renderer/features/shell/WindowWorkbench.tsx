import { useState } from 'react';
import { createPortal } from 'react-dom';
import { CorpusSidebar } from '../corpus/CorpusSidebar';
import { cachedLabelCounts } from '../../state/cachedLabelCounts';
import { Workbench, type WorkbenchProps } from './Workbench';
import { WithDocument } from './WithDocument';

/** Props of the window's workbench: those of the document's workbench, which gets the corpus sidebar to place. */
export type WindowWorkbenchProps = Omit<WorkbenchProps, 'placeCorpus'>;

/**
 * A ref callback that moves `host` into a document's left column. The browser forgets the scroll
 * offset of a moved element, so the offsets of the host's `[data-keep-scroll]` elements are read
 * as the old column is taken down (React detaches its refs before it removes its DOM) and put back
 * in the new one, in the same commit: the list never shows another place, not even for a frame.
 */
function placer(host: HTMLElement): (slot: HTMLDivElement | null) => (() => void) | undefined {
  let kept: [Element, number][] = [];
  return (slot) => {
    if (slot === null) return undefined;
    if (host.parentElement !== slot) slot.appendChild(host);
    // Only what was scrolled is written back (a write reads layout; an unscrolled list costs nothing).
    for (const [element, top] of kept) if (top !== 0 && element.isConnected) element.scrollTop = top;
    kept = [];
    return () => {
      kept = [...host.querySelectorAll('[data-keep-scroll]')].map((element) => [element, element.scrollTop]);
    };
  };
}

/**
 * The window's workbench: the corpus sidebar is mounted once per window and the document's
 * workbench once per document (keyed), so a switch among 10,000 documents never mounts the list
 * again — its rows, virtualizer, filter and scroll position stay. The sidebar renders into one
 * element that each document's workbench places in its left column (a portal: the DOM keeps the
 * sidebar where it was, in tab order, while React keeps it out of the keyed subtree).
 */
export function WindowWorkbench(props: WindowWorkbenchProps) {
  const { api, corpus, labels, session, onOpenDocument } = props;
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'corpus-host';
    return element;
  });
  const [placeCorpus] = useState(() => placer(host));
  return (
    <>
      {/* First: its left column takes the host in the commit's layout phase, before the sidebar's layout effects measure the list. */}
      <Workbench key={session.documentId} {...props} placeCorpus={placeCorpus} />
      {createPortal(
        <WithDocument session={session}>
          {({ annotations }) => <CorpusSidebar api={api} corpus={corpus} currentId={session.documentId} labels={labels} liveCounts={cachedLabelCounts(annotations)} onOpenDocument={onOpenDocument} />}
        </WithDocument>,
        host,
      )}
    </>
  );
}
