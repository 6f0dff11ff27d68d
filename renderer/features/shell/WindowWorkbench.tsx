import { useState } from 'react';
import { createPortal } from 'react-dom';
import { CorpusSidebar } from '../corpus/CorpusSidebar';
import { cachedLabelCounts } from '../../state/cachedLabelCounts';
import { Workbench, type WorkbenchProps } from './Workbench';
import { WithDocument } from './WithDocument';

/** Props of the window's workbench: those of the document's workbench, which gets the corpus sidebar's element. */
export type WindowWorkbenchProps = Omit<WorkbenchProps, 'corpusHost'>;

/**
 * The window's workbench: the corpus sidebar is mounted once per window and the document's
 * workbench once per document (keyed), so a switch among 10,000 documents never mounts the list
 * again — its rows, virtualizer and scroll position stay. The sidebar renders into one element
 * that each document's workbench places in its left column (a portal: the DOM keeps the sidebar
 * where it was, in tab order, while React keeps it out of the keyed subtree).
 */
export function WindowWorkbench(props: WindowWorkbenchProps) {
  const { api, corpus, labels, session, onOpenDocument } = props;
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'corpus-host';
    return element;
  });
  return (
    <>
      {/* First: its left column takes the host in the commit's layout phase, before the sidebar's layout effects measure the list. */}
      <Workbench key={session.documentId} {...props} corpusHost={host} />
      {createPortal(
        <WithDocument session={session}>
          {({ annotations }) => <CorpusSidebar api={api} corpus={corpus} currentId={session.documentId} labels={labels} liveCounts={cachedLabelCounts(annotations)} onOpenDocument={onOpenDocument} />}
        </WithDocument>,
        host,
      )}
    </>
  );
}
