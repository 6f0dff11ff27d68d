import { memo } from 'react';
import type { Annotation } from '@shared/annotation/annotation';
import { SpeakerNote } from '../relations/SpeakerNote';

/** Props of one row's content: the annotation and the strings derived from it once. */
export interface AnnotationRowProps {
  annotation: Annotation;
  labelName: string;
  quote: string;
  /** Who said it (a quote's or claim's source), if a relation names them, as the row shows it ("said by …"). */
  speaker?: string | undefined;
  noteLabel: string;
}

/**
 * What one row of the list shows (label chip, short quote, speaker, note marker); memoized on the
 * annotation object (ops copy what they change), so a tag elsewhere, a shift of the rows below it or
 * a new selection re-renders no row's content — the list's `<li>` carries place and state.
 */
export const AnnotationRow = memo(function AnnotationRow({ annotation: a, labelName, quote, speaker, noteLabel }: AnnotationRowProps) {
  return (
    <>
      <span className={`chip label-${a.label}`}>{labelName}</span>
      <span className="quote" title={quote}>
        {quote}
        {speaker ? <SpeakerNote text={speaker} /> : null}
      </span>
      {a.note ? (
        <span className="note-marker" role="img" aria-label={noteLabel} title={a.note}>
          ✎
        </span>
      ) : null}
    </>
  );
});
