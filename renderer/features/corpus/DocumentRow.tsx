import { memo, useSyncExternalStore, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '@shared/annotation/labelSet';
import type { CorpusEntry } from '@shared/ipc/methods/corpusMethods';
import { LabelBar } from './LabelBar';
import type { LiveCounts } from './liveCounts';
import { StatusPill } from './StatusPill';
import { UntrustedText } from '../../ui/UntrustedText';

/** Props of one corpus row: its entry, tag counts to show, state flags and the row's handlers. */
export interface DocumentRowProps {
  entry: CorpusEntry;
  index: number;
  counts: Readonly<Record<string, number>> | null;
  /** The open document's row follows these instead of `counts`: a tag press re-renders its progress, not the list. */
  live?: LiveCounts | undefined;
  labels: readonly Label[];
  scaleMax: number;
  current: boolean;
  active: boolean;
  renaming: boolean;
  top: number;
  /** Given until the list knows its rows' height. */
  rowRef?: Ref<HTMLLIElement> | undefined;
  charactersText: string;
  onActivate(id: string): void;
  onOpenRow(id: string): void;
  onStartRename(id: string): void;
  onFinishRename(id: string, value: string, commit: boolean): void;
}

/**
 * One document of the corpus list, positioned by the list's virtualizer; memoized, so a switch
 * or a new count re-renders only the rows whose props changed, not all thousands.
 */
export const DocumentRow = memo(function DocumentRow(props: DocumentRowProps) {
  const { t } = useTranslation();
  const { entry: d, current, active, renaming } = props;
  const classes = ['corpus-item', current ? 'current' : '', active ? 'active' : ''].filter(Boolean).join(' ');
  return (
    <li
      ref={props.rowRef}
      role="option"
      data-doc={d.id}
      data-index={props.index}
      aria-selected={current}
      tabIndex={active ? 0 : -1}
      className={classes}
      style={{ transform: `translateY(${props.top}px)` }}
      onFocus={() => props.onActivate(d.id)}
      onClick={() => {
        props.onActivate(d.id);
        if (!current) props.onOpenRow(d.id);
      }}
      onDoubleClick={() => props.onStartRename(d.id)}
    >
      {renaming ? (
        <input
          className="corpus-rename"
          aria-label={t('corpus.renameLabel')}
          defaultValue={d.title}
          maxLength={500}
          autoFocus
          onFocus={(event) => event.target.select()}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') props.onFinishRename(d.id, event.currentTarget.value, true);
            else if (event.key === 'Escape') props.onFinishRename(d.id, d.title, false);
          }}
          onBlur={(event) => props.onFinishRename(d.id, event.target.value, true)}
        />
      ) : (
        <span className="corpus-item-title" title={d.title}>
          <UntrustedText text={d.title} />
        </span>
      )}
      <span className="corpus-item-meta">
        <span className="corpus-item-source" title={d.source}>
          {d.builtin ? t('corpus.encoding.builtin') : <UntrustedText text={d.source} />}
        </span>
        <span className="corpus-item-chars">{props.charactersText}</span>
        {/* Here, not after the tag count: the source gives way (its full name is its tooltip), so the status is never cut, also in German. */}
        <StatusPill status={d.status} />
      </span>
      {props.live ? <LiveProgress live={props.live} labels={props.labels} scaleMax={props.scaleMax} /> : <Progress counts={props.counts} labels={props.labels} scaleMax={props.scaleMax} />}
    </li>
  );
});

/** Props of a row's tag counts: per label (null: unknown), the label set and the bars' full width. */
interface ProgressProps {
  counts: Readonly<Record<string, number>> | null;
  labels: readonly Label[];
  scaleMax: number;
}

/** A row's tags per label as a bar and in words; memoized, so it re-renders only when its counts or scale changed. */
const Progress = memo(function Progress({ counts, labels, scaleMax }: ProgressProps) {
  const { t } = useTranslation();
  const total = counts === null ? null : Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <span className="corpus-item-progress">
      {counts === null ? (
        <TagsText text={t('corpus.tagsUnknown')} />
      ) : (
        <>
          <LabelBar counts={counts} labels={labels} scaleMax={scaleMax} />
          <TagsText text={total ? t('corpus.tags', { count: total }) : t('corpus.noTags')} />
        </>
      )}
    </span>
  );
});

/** The open document's progress, following its live counts itself (the only part of the sidebar a tag press changes). */
function LiveProgress({ live, labels, scaleMax }: Omit<ProgressProps, 'counts'> & { live: LiveCounts }) {
  const counts = useSyncExternalStore(live.subscribe, live.get);
  return <Progress counts={counts} labels={labels} scaleMax={scaleMax} />;
}

/** The row's tag count in words; cut with an ellipsis only where a narrow sidebar leaves no room, the whole text its tooltip. */
function TagsText({ text }: { text: string }) {
  return (
    <span className="corpus-item-tags" title={text}>
      {text}
    </span>
  );
}
