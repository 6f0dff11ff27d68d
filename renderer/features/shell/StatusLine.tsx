import { useT } from '../../i18n/useT';
import { memo, useMemo } from 'react';
import { useFailureText } from '../../i18n/useFailureText';
import type { DocumentSession } from '../../state/createDocumentSession';
import { useSessionSlice } from '../../state/useSession';
import { labelName } from '../../i18n/labelName';

/** Label-id values of a status message (`label`, and `from`/`to` of a retag), shown by their names in the UI language. */
const LABEL_VALUES = ['label', 'from', 'to'] as const;

/** Replaces the label-id values of a message by the labels' names in the UI language. */
function translateLabel(values: Record<string, string | number> | undefined, t: (key: string, options?: Record<string, unknown>) => string) {
  if (!values) return values;
  const out = { ...values };
  for (const key of LABEL_VALUES) {
    const id = values[key];
    if (typeof id === 'string') out[key] = labelName(t, id);
  }
  // A relation type id (`type` of the relation messages), likewise shown by its name.
  if (typeof values.type === 'string') out.type = t(`relations.types.${values.type}`, { defaultValue: values.type });
  return out;
}

/**
 * The bottom line: save status (Saved / Saving… / Save failed) and the last message, both announced
 * politely; while a note is typed but not yet committed it never says "saved" (the note is not).
 */
export const StatusLine = memo(function StatusLine({ session, noteDraft = false, characters }: { session: DocumentSession; noteDraft?: boolean; characters: number }) {
  const t = useT();
  const failureText = useFailureText();
  // The status line alone follows the save status and messages, and only those: a J/K or a click that
  // moves the selection (a publication of its own) renders nothing here unless it changes the message.
  const message = useSessionSlice(session, (s) => s.message);
  const save = useSessionSlice(session, (s) => s.save);
  const saveError = useSessionSlice(session, (s) => s.saveError);
  // A note field shows only while a tag is selected: whether one is, not which.
  const anySelected = useSessionSlice(session, (s) => s.selectedId !== null);
  const draft = noteDraft && anySelected && (save === 'saved' || save === 'saving');
  const status = draft ? 'unsaved' : save;
  // The message and the count are translated when they change, not at each render (an i18next lookup costs a tenth of a millisecond or more).
  const messageText = useMemo(() => (message ? t(message.key, translateLabel(message.values, t)) : ''), [message, t]);
  const count = useMemo(() => t('status.characters', { count: characters }), [t, characters]);
  return (
    <footer className="status-line">
      <span
        className={`save-status save-${status}`}
        role="status"
        aria-live="polite"
        data-testid="save-status"
        data-status={status}
        title={save === 'failed' && saveError?.detail !== undefined ? t('failures.details', { message: saveError.detail }) : undefined}
      >
        {draft ? t('save.noteDraft') : t(`save.${save}`)}
        {save === 'failed' && saveError ? ` — ${failureText(saveError)}` : ''}
      </span>
      <span className={`status-message ${message?.severity ?? ''}`} role="status" aria-live="polite" data-testid="status-message">
        {messageText}
      </span>
      <span className="status-count">{count}</span>
    </footer>
  );
});
