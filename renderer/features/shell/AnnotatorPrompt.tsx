import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks for the annotator's name at first start, prefilled with the OS user name; changeable later in settings. */
export function AnnotatorPrompt({ suggestion, onSubmit }: { suggestion: string; onSubmit(name: string): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(suggestion);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const trimmed = name.trim();
  return (
    <dialog ref={dialogRef} className="annotator-prompt" aria-labelledby="annotator-heading" onCancel={(event) => event.preventDefault()}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onSubmit(trimmed);
        }}
      >
        <h2 id="annotator-heading">{t('annotator.heading')}</h2>
        <p>{t('annotator.explain')}</p>
        <label htmlFor="annotator-name">{t('annotator.label')}</label>
        <input id="annotator-name" value={name} maxLength={200} autoFocus onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={!trimmed}>
          {t('annotator.submit')}
        </button>
      </form>
    </dialog>
  );
}
