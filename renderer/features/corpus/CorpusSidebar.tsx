import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '@shared/annotation/labelSet';
import type { ApiClient } from '../../api/bridgeClient';
import type { CorpusController } from './createCorpusController';
import { CorpusMessages } from './CorpusMessages';
import { DocumentList } from './DocumentList';
import type { LiveCounts } from './liveCounts';
import { TrashList } from './TrashList';
import { useCorpusState } from './useCorpusState';
import { useFileDrop } from './useFileDrop';
import { useListKeyGuard } from './useListKeyGuard';
import './corpus.css';

/** Props of the sidebar: main's api, the window's corpus controller, the open document and how to open another. */
export interface CorpusSidebarProps {
  api: ApiClient;
  corpus: CorpusController;
  currentId: string;
  labels: readonly Label[];
  /** The open document's tag counts as they change (only its row follows them). */
  live: LiveCounts;
  onOpenDocument(documentId: string): Promise<void>;
}

/**
 * The corpus beside the text: every stored document with source, length, tags per label and
 * status; open, rename, set status, remove into the trash and restore; Open… (Ctrl+O) and files
 * dropped on the window; documents added elsewhere (the OS, an import) appear and open.
 */
export function CorpusSidebar({ api, corpus, currentId, labels, live, onOpenDocument }: CorpusSidebarProps) {
  const { t } = useTranslation();
  const state = useCorpusState(corpus);
  // The line above the text is asked for beside the open, so it is drawn with the text (see EncodingMemo).
  const open = useCallback(
    (id: string) => {
      corpus.encodings.request(id).catch(() => undefined);
      return onOpenDocument(id);
    },
    [corpus, onOpenDocument],
  );
  const openFromDialog = useCallback(() => void corpus.openFromDialog(open), [corpus, open]);
  const listKeys = useListKeyGuard();
  const dragging = useFileDrop(useCallback((files: File[]) => void corpus.openDropped(files, open), [corpus, open]));

  // The list is read once per window; switching documents never re-reads the corpus (App hands
  // over the counts of the document it leaves), events and actions refresh it.
  useEffect(() => {
    corpus.setCurrent(currentId);
    if (corpus.store.get().corpus === null) void corpus.refresh();
  }, [corpus, currentId]);
  useEffect(
    () =>
      api.events.onDocumentsChanged(({ openDocumentId }) => {
        void corpus.refresh();
        if (openDocumentId && openDocumentId !== currentId) void open(openDocumentId);
      }),
    [api, corpus, currentId, open],
  );

  // A damaged folder is one row among the damaged ones, not also a normal row (the open document stays listed).
  const damaged = useMemo(() => state.corpus?.damaged ?? [], [state.corpus]);
  const documents = useMemo(() => {
    const all = state.corpus?.documents ?? [];
    const ids = new Set(damaged.map((d) => d.id));
    return ids.size === 0 ? all : all.filter((d) => !ids.has(d.id) || d.id === currentId);
  }, [state.corpus, damaged, currentId]);
  const trash = state.corpus?.trash ?? [];
  const inTrash = state.view === 'trash';
  return (
    <section className="corpus" aria-labelledby="corpus-heading" aria-busy={state.busy} data-testid="corpus">
      <div className="corpus-header">
        <h2 id="corpus-heading">{inTrash ? t('corpus.trash') : t('corpus.heading')}</h2>
        {inTrash ? (
          <button type="button" className="corpus-link" onClick={() => corpus.showView('documents')}>
            {t('corpus.back')}
          </button>
        ) : (
          <button type="button" className="corpus-open" title={t('corpus.openTitle')} onClick={openFromDialog}>
            {t('corpus.open')}
          </button>
        )}
      </div>
      <CorpusMessages messages={state.messages} onDismiss={corpus.dismiss} />
      {inTrash ? (
        <TrashList
          trash={trash}
          builtinMissing={state.corpus !== null && !documents.some((d) => d.builtin)}
          onRestore={(trashId) => void corpus.restore(trashId, open)}
          onRestoreBuiltin={() => void corpus.restoreBuiltin(open)}
        />
      ) : (
        <DocumentList
          documents={documents}
          damaged={damaged}
          onRestoreDamaged={(id) => void corpus.restoreDamaged(id, open)}
          currentId={currentId}
          labels={labels}
          live={live}
          onOpen={(id) => void open(id)}
          onRename={(id, title) => void corpus.rename(id, title)}
          onStatus={(id, status) => void corpus.setStatus(id, status)}
          onRemove={(id) => void corpus.remove(id, currentId, open)}
          refocus={state.refocus === currentId ? state.refocus : null}
          onRefocused={() => corpus.setRefocus(null)}
          onKeyboardOpen={(id) => corpus.setRefocus(id)}
          keys={listKeys}
          filter={state.filter}
          onFilter={corpus.setFilter}
          listMemory={corpus.listMemory}
        />
      )}
      {!inTrash && (
        <div className="corpus-footer">
          <span className="corpus-count">
            {t('corpus.count', { count: documents.length })}
            {damaged.length > 0 && ` · ${t('corpus.damaged.count', { count: damaged.length })}`}
          </span>
          <button type="button" className="corpus-link" onClick={() => corpus.showView('trash')} data-testid="corpus-trash-button">
            {trash.length > 0 ? t('corpus.trashCount', { count: trash.length }) : t('corpus.trash')}
          </button>
        </div>
      )}
      {dragging && (
        <div className="corpus-drop" aria-hidden="true">
          <p>{t('corpus.drop')}</p>
        </div>
      )}
    </section>
  );
}
