import './relations.css';

/** "said by Wassili Nebensja" beside a quote in the annotation list: the text comes translated from the list (one translation per speaker, no i18n hook per row). */
export function SpeakerNote({ text }: { text: string }) {
  return <span className="relation-speaker" data-testid="speaker">{text}</span>;
}
