import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPurpose, ImportRequest } from '@shared/ipc/methods/datasetMethods';
import { DialogActions } from '../../ui/DialogActions';
import { Choice } from './Choice';

const PURPOSES: readonly ImportPurpose[] = ['mine', 'colleague'];

/**
 * The first step of Import…: what the file is for — tags to add to my own, or a colleague's tags
 * to review (with their name for files that name no one) — then main's file dialog. One entry for
 * both instead of two look-alike buttons, and every format Tagwerk exports is read.
 */
export function ImportPurposeStep({ initialPurpose = 'mine', onChoose, onCancel }: { initialPurpose?: ImportPurpose; onChoose(request: NonNullable<ImportRequest>): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<ImportPurpose>(initialPurpose);
  const [colleague, setColleague] = useState('');
  const nameId = useId();
  return (
    <form
      className="import-purpose"
      data-testid="import-purpose"
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(purpose === 'mine' ? { purpose } : { purpose, ...(colleague.trim() !== '' && { colleague: colleague.trim() }) });
      }}
    >
      <p className="dialog-intro">{t('datasets.import.purpose.intro')}</p>
      <fieldset className="choice-group">
        <legend>{t('datasets.import.purpose.legend')}</legend>
        {PURPOSES.map((choice) => (
          <Choice
            key={choice}
            name="import-purpose"
            value={choice}
            checked={purpose === choice}
            onChange={() => setPurpose(choice)}
            label={t(`datasets.import.purpose.${choice}`)}
            about={t(`datasets.import.purpose.${choice}About`)}
          />
        ))}
      </fieldset>
      {purpose === 'colleague' && (
        <div className="field">
          <label htmlFor={nameId}>{t('datasets.import.purpose.name')}</label>
          <input id={nameId} type="text" value={colleague} maxLength={200} onChange={(event) => setColleague(event.target.value)} />
          <p className="muted">{t('datasets.import.purpose.nameHelp')}</p>
        </div>
      )}
      <DialogActions secondary={{ text: t('datasets.import.purpose.cancel'), onClick: onCancel }} primary={{ text: t('datasets.import.purpose.choose') }} />
    </form>
  );
}
