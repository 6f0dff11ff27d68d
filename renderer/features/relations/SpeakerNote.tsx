import { useTranslation } from 'react-i18next';
import './relations.css';

/** "said by Wassili Nebensja" beside a quote in the annotation list, from its source relation. */
export function SpeakerNote({ name }: { name: string }) {
  const { t } = useTranslation();
  return <span className="relation-speaker" data-testid="speaker">{t('relations.speaker', { name })}</span>;
}
