import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPurpose, ImportRequest } from '@shared/ipc/methods/datasetMethods';

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
      <fieldset>
        <legend>{t('datasets.import.purpose.legend')}</legend>
        <label className="choice">
          <input type="radio" name="import-purpose" value="mine" checked={purpose === 'mine'} onChange={() => setPurpose('mine')} />
          <span>
            <strong>{t('datasets.import.purpose.mine')}</strong>
            <span className="muted"> {t('datasets.import.purpose.mineAbout')}</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="import-purpose" value="colleague" checked={purpose === 'colleague'} onChange={() => setPurpose('colleague')} />
          <span>
            <strong>{t('datasets.import.purpose.colleague')}</strong>
            <span className="muted"> {t('datasets.import.purpose.colleagueAbout')}</span>
          </span>
        </label>
      </fieldset>
      {purpose === 'colleague' && (
        <div className="field">
          <label htmlFor={nameId}>{t('datasets.import.purpose.name')}</label>
          <input id={nameId} type="text" value={colleague} maxLength={200} onChange={(event) => setColleague(event.target.value)} />
          <p className="muted">{t('datasets.import.purpose.nameHelp')}</p>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('datasets.import.purpose.cancel')}
        </button>
        <button type="submit" className="primary" autoFocus>
          {t('datasets.import.purpose.choose')}
        </button>
      </div>
    </form>
  );
}
