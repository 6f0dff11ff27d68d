import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { Annotation } from '@shared/annotation/annotation';
import { NOTE_MAX_LENGTH, cleanNote } from '@shared/annotation/annotationList';
import { labelName } from '../../i18n/labelName';

/** Props of the details pane for the selected annotation. */
export interface AnnotationDetailsProps {
  annotation: Annotation;
  readOnly: boolean;
  onNote(note: string): void;
  onDelete(): void;
  onDone(): void;
  /** Told whether the note field holds text not yet committed (the status line must not say "saved" then). */
  onDraft?(pending: boolean): void;
  noteFieldRef?: React.Ref<HTMLTextAreaElement>;
}

/** The selected annotation: label, quote, code-point offsets, a short note (saved on blur or Ctrl+Enter) and delete. */
export function AnnotationDetails({ annotation, readOnly, onNote, onDelete, onDone, onDraft, noteFieldRef }: AnnotationDetailsProps) {
  const t = useT();
  // The pane's fixed words once per language: it renders again for every tag selected or made.
  const words = useMemo(() => ({ heading: t('details.heading'), note: t('details.note'), placeholder: t('details.notePlaceholder'), remove: t('details.delete') }), [t]);
  const [draft, setDraft] = useState(annotation.note ?? '');
  useEffect(() => setDraft(annotation.note ?? ''), [annotation.id, annotation.note]);
  // Compared as it would be stored (trimmed, NFC), so a note typed decomposed is not "unsaved" forever.
  const pending = cleanNote(draft) !== (annotation.note ?? '');
  useEffect(() => onDraft?.(pending), [pending, onDraft]);
  useEffect(() => () => onDraft?.(false), [onDraft]);
  // Ctrl+Enter and Escape decide the draft themselves (save it once, drop it): the blur their return to the text causes commits nothing.
  const leaving = useRef(false);
  const commit = () => {
    if (pending && !leaving.current) onNote(draft);
  };
  const leave = () => {
    leaving.current = true;
    onDone();
    leaving.current = false;
  };
  return (
    <section className="annotation-details" aria-label={words.heading} data-testid="annotation-details">
      <div className="details-head">
        <span className={`chip label-${annotation.label}`}>{labelName(t, annotation.label)}</span>
        <span className="offsets">{t('details.offsets', { start: annotation.start, end: annotation.end })}</span>
      </div>
      <blockquote className="details-quote">{annotation.text}</blockquote>
      <label className="note-label" htmlFor="note-field">
        {words.note}
      </label>
      <textarea
        id="note-field"
        ref={noteFieldRef}
        className="note-field"
        value={draft}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        disabled={readOnly}
        placeholder={words.placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            commit();
            leave();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(annotation.note ?? '');
            leave();
          }
        }}
      />
      <div className="details-actions">
        <button type="button" className="danger" onClick={onDelete} disabled={readOnly}>
          {words.remove}
        </button>
      </div>
    </section>
  );
}
