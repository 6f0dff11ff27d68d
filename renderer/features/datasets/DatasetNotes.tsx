import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetNote } from '@shared/formats/noteFacts';
import { noteSentence } from '@shared/formats/noteSentence';
import { LongTokens } from '../../ui/LongTokens';

/**
 * The notes of an import or export under one heading, each a sentence in the UI language (main's
 * English line on hover), long ids kept on one line; nothing when there are none.
 */
export function DatasetNotes({ notes }: { notes: readonly DatasetNote[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (notes.length === 0) return null;
  return (
    <section className="dialog-warnings" aria-labelledby={headingId} data-testid="dataset-notes">
      <h3 id={headingId}>{t('datasets.export.warnings')}</h3>
      <ul>
        {notes.map((note, index) => (
          <li key={index} title={note.message}>
            <LongTokens text={noteSentence((key, values) => t(key, values), note)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
