import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../state/createDocumentSession';

/** Replaces a `label` value (a label id) by its name in the UI language. */
function translateLabel(values: Record<string, string | number> | undefined, t: (key: string, options?: Record<string, unknown>) => string) {
  if (!values || typeof values.label !== 'string') return values;
  return { ...values, label: t(`labels.${values.label}`, { defaultValue: values.label }) };
}

/** The bottom line: save status (Saved / Saving… / Save failed) and the last message, both announced politely. */
export function StatusLine({ state, characters }: { state: SessionState; characters: number }) {
  const { t } = useTranslation();
  const message = state.message;
  return (
    <footer className="status-line">
      <span className={`save-status save-${state.save}`} role="status" aria-live="polite" data-testid="save-status" data-status={state.save}>
        {t(`save.${state.save}`)}
        {state.save === 'failed' && state.saveError ? ` — ${state.saveError}` : ''}
      </span>
      <span className={`status-message ${message?.severity ?? ''}`} role="status" aria-live="polite" data-testid="status-message">
        {message ? t(message.key, translateLabel(message.values, t)) : ''}
      </span>
      <span className="status-count">{t('status.characters', { count: characters })}</span>
    </footer>
  );
}
