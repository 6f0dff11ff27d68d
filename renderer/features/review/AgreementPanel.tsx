import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementCounts, sumAgreementCounts } from '@shared/agreement/agreementCounts';
import type { AgreementCounts } from '@shared/agreement/agreementReport';
import { agreementReportOf } from '@shared/agreement/agreementReportOf';
import type { Annotation } from '@shared/annotation/annotation';
import type { Label } from '@shared/annotation/labelSet';
import { AgreementChart } from './AgreementChart';
import { AgreementTable } from './AgreementTable';
import type { Relation } from '@shared/relation/relation';
import { RelationAgreementTable } from '../relations/RelationAgreementTable';
import { UntrustedSentence } from '../../ui/UntrustedSentence';
import type { FailureCause } from '@shared/ipc/failureSentence';
import { causeOf } from '../../api/failureText';
import { useFailureText } from '../../i18n/useFailureText';

/** Props of the agreement panel: my live tags and the colleague's over the open document, and how to fetch the corpus. */
export interface AgreementPanelProps {
  documentId: string;
  text: string;
  mine: readonly Annotation[];
  theirs: readonly Annotation[];
  /** The relations of both sides (agreement adds relation P/R/F1). */
  mineRelations: readonly Relation[];
  theirsRelations: readonly Relation[];
  annotator: string;
  labels: readonly Label[];
  loadCorpus(annotator: string, labelIds: string[]): Promise<Array<{ documentId: string; counts: AgreementCounts }>>;
}

type CorpusState = { kind: 'idle' | 'loading' } | { kind: 'ready'; documents: Array<{ documentId: string; counts: AgreementCounts }> } | { kind: 'failed'; cause: FailureCause };

/**
 * Agreement of my tags (A, the reference) with one colleague's (B), for this document or over
 * the corpus (every document with a set by that colleague; counts summed, kappa pooling the
 * positions), per label and micro-averaged, with the unit named: code points. The open
 * document's numbers are always computed from my live tags, also inside the corpus sum.
 */
export function AgreementPanel({ documentId, text, mine, theirs, mineRelations, theirsRelations, annotator, labels, loadCorpus }: AgreementPanelProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [scope, setScope] = useState<'document' | 'corpus'>('document');
  const [corpus, setCorpus] = useState<CorpusState>({ kind: 'idle' });
  const labelIds = useMemo(() => labels.map((l) => l.id), [labels]);
  const here = useMemo(
    () => agreementCounts({ text, reference: mine, compared: theirs, referenceRelations: mineRelations, comparedRelations: theirsRelations }, labelIds),
    [text, mine, theirs, mineRelations, theirsRelations, labelIds],
  );

  useEffect(() => {
    if (scope !== 'corpus') return;
    let cancelled = false;
    setCorpus({ kind: 'loading' });
    loadCorpus(annotator, labelIds).then(
      (documents) => !cancelled && setCorpus({ kind: 'ready', documents }),
      (error: unknown) => !cancelled && setCorpus({ kind: 'failed', cause: causeOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [scope, annotator, labelIds, loadCorpus]);

  const report = useMemo(() => {
    const others = scope === 'corpus' && corpus.kind === 'ready' ? corpus.documents.filter((d) => d.documentId !== documentId).map((d) => d.counts) : [];
    return agreementReportOf(sumAgreementCounts(labelIds, [here, ...others]));
  }, [labelIds, here, scope, corpus, documentId]);
  const documents = corpus.kind === 'ready' ? corpus.documents.filter((d) => d.documentId !== documentId).length + 1 : null;

  return (
    <section className="agreement-panel" aria-labelledby="agreement-heading" data-testid="agreement-panel">
      <h3 id="agreement-heading" className="visually-hidden">
        {t('review.agreement.heading')}
      </h3>
      <fieldset className="agreement-scope">
        <legend className="visually-hidden">{t('review.agreement.scope')}</legend>
        {(['document', 'corpus'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="agreement-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
            {/* One span: the label is a flex row, and its gap would split the sentence's text and name apart ("jonas 's"). */}
            <span>{s === 'document' ? t('review.agreement.scopeDocument') : <UntrustedSentence i18nKey="review.agreement.scopeCorpus" untrusted={{ name: annotator }} />}</span>
          </label>
        ))}
      </fieldset>
      <p className="agreement-reference"><UntrustedSentence i18nKey="review.agreement.reference" untrusted={{ name: annotator }} /></p>
      {scope === 'corpus' && corpus.kind === 'loading' && <p className="placeholder">{t('review.agreement.loading')}</p>}
      {scope === 'corpus' && corpus.kind === 'failed' && (
        <p className="error" title={corpus.cause.detail}>
          {t('review.agreement.failed', { message: failureText(corpus.cause) })}
        </p>
      )}
      {scope === 'corpus' && documents !== null && <p className="agreement-documents" data-testid="agreement-documents">{t('review.agreement.documents', { count: documents })}</p>}
      <AgreementTable report={report} labels={labels} />
      <p className="agreement-unit" data-testid="agreement-unit">
        {t('review.agreement.unit', { count: report.charKappa.positions })}
      </p>
      <AgreementChart report={report} labels={labels} />
      <RelationAgreementTable metric={report.relations} />
    </section>
  );
}
