import { memo } from 'react';
import type { Annotation } from '@shared/annotation/annotation';
import { SpeakerNote } from '../relations/SpeakerNote';

/** Props of one row: the annotation, its label's display name, its state, and stable handlers. */
export interface AnnotationRowProps {
  annotation: Annotation;
  index: number;
  /** Rows in the list, and this row's offset: the list is virtualized, so each row says where it stands. */
  count: number;
  top: number;
  labelName: string;
  quote: string;
  /** Who said it (a quote's or claim's source), if a relation names them. */
  speaker?: string | undefined;
  noteLabel: string;
  selected: boolean;
  focusable: boolean;
  onClickRow(id: string): void;
  onKeyRow(event: React.KeyboardEvent<HTMLLIElement>, index: number): void;
}

/**
 * One annotation of the list; memoized, so a tag, retag or selection re-renders only the rows
 * whose annotation object, place or state changed (ops copy what they change), not all of them.
 */
export const AnnotationRow = memo(function AnnotationRow({ annotation: a, index, count, top, labelName, quote, speaker, noteLabel, selected, focusable, onClickRow, onKeyRow }: AnnotationRowProps) {
  return (
    <li
      role="option"
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)` }}
      data-item={a.id}
      data-label={a.label}
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      className={selected ? 'annotation-item selected' : 'annotation-item'}
      onClick={() => onClickRow(a.id)}
      onKeyDown={(event) => onKeyRow(event, index)}
    >
      <span className={`chip label-${a.label}`}>{labelName}</span>
      <span className="quote" title={quote}>
        {quote}
        {speaker ? <SpeakerNote name={speaker} /> : null}
      </span>
      {a.note ? (
        <span className="note-marker" role="img" aria-label={noteLabel} title={a.note}>
          ✎
        </span>
      ) : null}
    </li>
  );
});
