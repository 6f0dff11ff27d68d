import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEncoding } from '@shared/ipc/methods/corpusMethods';
import type { ApiClient } from '../../api/bridgeClient';
import type { CorpusController } from './createCorpusController';
import { ReopenDialog } from './ReopenDialog';
import { useCorpusState } from './useCorpusState';
import { UntrustedText } from '../../ui/UntrustedText';

/** Props of the bar above the text: the open document and how to switch to a re-decoded one. */
export interface DocumentSourceBarProps {
  api: ApiClient;
  corpus: CorpusController;
  documentId: string;
  /** The document has tags: reading it differently would be refused, so the dialog says so up front. */
  annotated: boolean;
  /** Saves pending tags first, so main judges "has annotations" on what the user sees. */
  flush(): Promise<void>;
  onOpenDocument(documentId: string): Promise<void>;
}

/**
 * Where the open text came from and how it was decoded, with "Reopen with encoding…", and a
 * warning when the decoding looks wrong (U+FFFD, C1 controls), since tags would be made on it;
 * memoized, so a tag press (which changes `annotated` only from none to one) leaves it alone.
 */
export const DocumentSourceBar = memo(function DocumentSourceBar({ api, corpus, documentId, annotated, flush, onOpenDocument }: DocumentSourceBarProps) {
  const { t } = useTranslation();
  const entry = useCorpusState(corpus).corpus?.documents.find((d) => d.id === documentId);
  // Asked as the switch started (see EncodingMemo), the answer is usually here with the text: drawn in the same commit.
  const [described, setDescribed] = useState<{ documentId: string; encoding: DocumentEncoding | null }>(() => ({ documentId, encoding: corpus.encodings.known(documentId) }));
  const encoding = described.documentId === documentId ? described.encoding : null;
  const [choosing, setChoosing] = useState(false);
  useEffect(() => {
    let live = true;
    corpus.encodings.request(documentId).then(
      (answer) => live && setDescribed((shown) => (shown.documentId === documentId && shown.encoding === answer ? shown : { documentId, encoding: answer })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [corpus, documentId]);
  // The line keeps its height while loading, so the restored scroll position does not shift.
  if (!encoding)
    return (
      <div className="source-bar">
        <p className="source-line" />
      </div>
    );
  const name = t(`corpus.encodings.${encoding.encoding}`, { defaultValue: encoding.encoding });
  const doubtful = encoding.replacementCharacters > 0 || encoding.c1Controls > 0;
  const reopen = encoding.canReopen ? (
    <button type="button" className="corpus-link" onClick={() => setChoosing(true)}>
      {t('corpus.encoding.reopen')}
    </button>
  ) : null;
  return (
    <div className="source-bar" data-testid="source-bar">
      <p className="source-line">
        {entry && <span className="source-name">{entry.builtin ? t('corpus.encoding.builtin') : <UntrustedText text={entry.source} />}</span>}
        <span data-testid="document-encoding">{t('corpus.encoding.label', { encoding: name })}</span>
        {!doubtful && reopen}
      </p>
      {doubtful && (
        <div className="source-warning" role="status" data-testid="encoding-warning">
          <p>
            {encoding.replacementCharacters > 0 && `${t('corpus.encoding.warnReplacement', { count: encoding.replacementCharacters })} `}
            {encoding.c1Controls > 0 && `${t('corpus.encoding.warnC1', { count: encoding.c1Controls })} `}
            {t('corpus.encoding.warnHint')}
          </p>
          {reopen}
        </div>
      )}
      {choosing && (
        <ReopenDialog
          api={api}
          documentId={documentId}
          current={encoding.encoding}
          annotated={annotated}
          flush={flush}
          onClose={() => setChoosing(false)}
          onReopened={async (result, chosen) => {
            setChoosing(false);
            const label = t(`corpus.encodings.${chosen}`);
            corpus.say({ key: result.changed ? 'reopen.changed' : 'reopen.same', values: { encoding: label }, severity: 'info' });
            await corpus.refresh();
            if (result.changed) await onOpenDocument(result.documentId);
          }}
        />
      )}
    </div>
  );
});
