import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/ipc/methods/datasetMethods';
import { UntrustedSentence } from '../../ui/UntrustedSentence';
import { importHeadSentences } from './importHeadSentences';

/** The import summary's head: the file, then whose sets its tags went into (names from the file isolated), so it never repeats a guess as a fact. */
export function ImportHead({ result }: { result: Extract<ImportResult, { status: 'imported' }> }) {
  const { i18n } = useTranslation();
  const date = () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(result.exportedAt));
  return (
    <p className="dialog-intro" data-testid="import-head">
      {importHeadSentences(result).map((sentence, i) => (
        <Fragment key={sentence.key}>
          {i > 0 && ' '}
          <UntrustedSentence i18nKey={sentence.key} values={{ ...sentence.values, ...(sentence.dated && { date: date() }) }} untrusted={sentence.untrusted} />
        </Fragment>
      ))}
    </p>
  );
}
