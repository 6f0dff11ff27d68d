import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { Label } from '@shared/annotation/labelSet';
import { alignAnnotations } from '@shared/review/alignAnnotations';
import type { ReviewRow } from '@shared/review/reviewRow';
import type { Relation } from '@shared/relation/relation';
import { decideRelation } from '../relations/decideRelation';
import { RelationDifferences } from '../relations/RelationDifferences';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { AgreementPanel } from './AgreementPanel';
import type { ReviewState, ReviewStore } from './createReviewStore';
import { DifferenceList } from './DifferenceList';
import { ImportSummary } from './ImportSummary';
import { annotatorInitials } from './initials';
import { MigrationDialog } from './MigrationDialog';
import { reviewGroups } from './reviewGroups';
import './review.css';
import { UntrustedText } from '../../ui/UntrustedText';
import { UnreadableSets } from './UnreadableSets';
import { useFailureText } from '../../i18n/useFailureText';

/** Props of the review panel: the review, my live annotations, and the editor to show spans in. */
export interface ReviewPanelProps {
  api: ApiClient;
  review: ReviewStore;
  state: ReviewState;
  session: DocumentSession;
  annotations: readonly Annotation[];
  /** My relations between those annotations (compared with the colleague's below the span differences). */
  relations: readonly Relation[];
  annotator: string;
  labels: readonly Label[];
  view: EditorView | null;
  /** Opens the app's one Import… dialog with "a colleague's tags to review" chosen. */
  onImport(): void;
}

/**
 * Scrolls the text to a row's span (my annotation, else the colleague's) and flashes an outline
 * on it. It does not select the span: a selection would make Enter (the note key) swallow the
 * next button press in this panel.
 */
function revealRow(view: EditorView | null, row: ReviewRow): void {
  const selector = row.mine
    ? `[data-ann="${CSS.escape(row.mine.id)}"]`
    : `[data-colleague="${CSS.escape(row.theirs.annotator)}"][data-cann="${CSS.escape(row.theirs.id)}"]`;
  const element = view?.dom.querySelector(selector);
  element?.scrollIntoView({ block: 'center' });
  flash(element);
}

/** A brief outline on an element, drawn with the Web Animations API (no style attribute, so the CSP holds). */
function flash(element: Element | null | undefined): void {
  element?.animate?.([{ outline: '2px solid #2f5d8a', outlineOffset: '2px' }, { outline: '2px solid transparent', outlineOffset: '2px' }], { duration: 1400, easing: 'ease-in' });
}

/**
 * Review mode's side panel: import a colleague's tags (through the one Import… dialog), choose who is shown in the text (me and
 * each colleague, each with their marker), pick the colleague to compare with, then the
 * difference list or the agreement numbers. Open migrations come up as a dialog.
 */
export function ReviewPanel({ api, review, state, session, annotations, relations, annotator, labels, view, onImport }: ReviewPanelProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const initials = useMemo(() => annotatorInitials(state.colleagues.map((c) => c.annotator)), [state.colleagues]);
  const theirs = state.colleagues.find((c) => c.annotator === state.compareWith);
  const rows = useMemo(() => (theirs ? alignAnnotations(annotations, theirs.annotations) : []), [annotations, theirs]);
  const groups = useMemo(() => reviewGroups(rows, review.layer.at(annotations)), [rows, review, annotations]);
  const loadCorpus = useCallback(
    async (name: string, labelIds: string[]) => (await api.corpusAgreementCounts({ annotator: name, labelIds })).documents,
    [api],
  );
  const panelRef = useRef<HTMLElement>(null);
  const migration = state.migrations[0];

  // Clicking a colleague's span in the text shows its row in the difference list.
  useEffect(() => {
    if (!view) return;
    const onClick = (event: MouseEvent) => {
      const span = event.target instanceof Element ? event.target.closest('tw-c[data-cann]') : null;
      const annotator = span?.getAttribute('data-colleague');
      const id = span?.getAttribute('data-cann');
      if (!annotator || !id) return;
      if (review.store.get().compareWith !== annotator) review.setCompareWith(annotator);
      review.setTab('differences');
      requestAnimationFrame(() => {
        const row = panelRef.current?.querySelector(`[data-theirs="${CSS.escape(JSON.stringify([annotator, id]))}"]`);
        row?.scrollIntoView({ block: 'nearest' });
        flash(row);
      });
    };
    view.dom.addEventListener('click', onClick);
    return () => view.dom.removeEventListener('click', onClick);
  }, [view, review]);
  const visible = (name: string) => !state.hidden.includes(name);

  return (
    <section className="review-panel" aria-labelledby="review-heading" data-testid="review-panel" ref={panelRef}>
      <div className="review-head">
        <h2 id="review-heading">{t('review.heading')}</h2>
        <button type="button" className="review-import" disabled={state.busy} onClick={onImport}>
          {t('review.import')}
        </button>
        <button type="button" className="review-close" aria-label={t('review.close')} title={t('review.close')} onClick={() => review.setOpen(false)}>
          ×
        </button>
      </div>
      {state.error && (
        <p className="error" role="alert" title={state.error.detail}>
          {t('review.failed', { message: failureText(state.error) })}
        </p>
      )}
      {state.summary && <ImportSummary summary={state.summary} pending={state.migrations.length} onDismiss={() => review.dismissSummary()} />}
      <fieldset className="review-layers">
        <legend>{t('review.layers')}</legend>
        <label className="layer">
          <input type="checkbox" checked={!state.hideMine} onChange={(e) => review.setVisible(null, e.target.checked)} />
          <span className="side-mine" aria-hidden="true" />
          {/* My own name (from settings, not from a file): plain text, so the checkbox's accessible name stays "Me (name)". */}
          {t('review.me', { name: annotator })}
          <span className="layer-style">{t('review.meStyle')}</span>
        </label>
        {state.colleagues.map((c) => (
          <label key={c.annotator} className="layer">
            <input type="checkbox" checked={visible(c.annotator)} onChange={(e) => review.setVisible(c.annotator, e.target.checked)} />
            <span className="side-marker" aria-hidden="true">
              {initials.get(c.annotator)}
            </span>
            <UntrustedText text={c.annotator} />
            <span className="layer-style">{t('review.colleagueStyle', { count: c.annotations.length })}</span>
          </label>
        ))}
      </fieldset>
      <UnreadableSets notices={state.unreadable} />
      {state.colleagues.length === 0 ? (
        state.unreadable.length === 0 && <p className="review-empty">{t('review.noColleagues')}</p>
      ) : (
        <>
          {state.colleagues.length > 1 && (
            <label className="compare-with">
              {t('review.compareWith')}
              <select value={state.compareWith ?? ''} onChange={(e) => review.setCompareWith(e.target.value)}>
                {state.colleagues.map((c) => (
                  <option key={c.annotator} value={c.annotator}>
                    {c.annotator}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="review-tabs" role="tablist" aria-label={t('review.tabsLabel')}>
            {(['differences', 'agreement'] as const).map((tab) => (
              <button key={tab} type="button" role="tab" id={`review-tab-${tab}`} aria-selected={state.tab === tab} aria-controls={`review-tabpanel-${tab}`} onClick={() => review.setTab(tab)}>
                {t(`review.tabs.${tab}`)}
              </button>
            ))}
          </div>
          {theirs && (
            <div role="tabpanel" id={`review-tabpanel-${state.tab}`} aria-labelledby={`review-tab-${state.tab}`}>
              {state.tab === 'differences' ? (
                <DifferenceList
                  groups={groups}
                  annotator={theirs.annotator}
                  initials={initials.get(theirs.annotator) ?? '?'}
                  readOnly={session.readOnly}
                  onDecide={(row, decision) => review.act({ kind: 'decide', rowId: row.id, decision })}
                  onAcceptAgreeing={() => review.act({ kind: 'accept-all-agreeing' })}
                  onMergeAll={() => review.act({ kind: 'merge-all', annotator: theirs.annotator })}
                  onReveal={(row) => revealRow(view, row)}
                />
              ) : null}
              {state.tab === 'differences' ? (
                <RelationDifferences
                  mine={{ annotations, relations }}
                  theirs={theirs}
                  annotator={theirs.annotator}
                  readOnly={session.readOnly}
                  resolutions={review.relationLayer.at(relations)}
                  onDecide={(row, decision) => decideRelation(session, review.relationLayer, theirs.annotations, row, decision)}
                />
              ) : (
                <AgreementPanel
                  documentId={session.documentId}
                  text={session.text}
                  mine={annotations}
                  theirs={theirs.annotations}
                  mineRelations={relations}
                  theirsRelations={theirs.relations}
                  annotator={theirs.annotator} labels={labels} loadCorpus={loadCorpus} />
              )}
            </div>
          )}
        </>
      )}
      {migration && <MigrationDialog key={migration.migrationId} migration={migration} busy={state.busy} onResolve={(accept) => void review.resolveMigration(migration.migrationId, accept)} />}
    </section>
  );
}
