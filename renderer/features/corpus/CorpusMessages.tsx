import { useTranslation } from 'react-i18next';
import type { CorpusMessage } from './createCorpusController';
import { useFailureText } from '../../i18n/useFailureText';

/** What opening or changing documents has to tell, each dismissable; main's exact words are the tooltip. */
export function CorpusMessages({ messages, onDismiss }: { messages: readonly CorpusMessage[]; onDismiss(index: number): void }) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  if (messages.length === 0) return null;
  return (
    <div className="corpus-messages" role="alert" data-testid="corpus-messages">
      {messages.map((message, index) => (
        <div key={`${message.key}-${index}`} className={`corpus-message corpus-message-${message.severity}`} title={message.detail}>
          <p>{t(`corpus.${message.key}`, message.cause ? { ...message.values, reason: failureText(message.cause) } : message.values)}</p>
          <button type="button" aria-label={t('corpus.dismiss')} onClick={() => onDismiss(index)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
