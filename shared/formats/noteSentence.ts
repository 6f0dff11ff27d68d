import type { DatasetNote } from './noteFacts';
import type { ProblemTranslate } from './problemSentence';

/** What making a text canonical changed, in the catalog's words ("2 CR line ends → LF, NFC"). */
function changeWords(t: ProblemTranslate, facts: { lineEnds: number; nfc: boolean; bom: boolean }): string {
  return [
    ...(facts.lineEnds > 0 ? [t('datasetNotes.changes.lineEnds', { count: facts.lineEnds })] : []),
    ...(facts.nfc ? [t('datasetNotes.changes.nfc')] : []),
    ...(facts.bom ? [t('datasetNotes.changes.bom')] : []),
  ].join(', ');
}

/**
 * An import or export note as a sentence in the catalog's language (`datasetNotes.<code>`; a
 * store notice as the window words that notice), so the window's warning lists are never
 * English in German; a note without facts, or a store notice the catalogs do not know, keeps
 * main's English line.
 */
export function noteSentence(t: ProblemTranslate, note: DatasetNote): string {
  const facts = note.facts;
  if (facts === undefined) return note.message;
  switch (facts.code) {
    case 'canonicalized':
      return t('datasetNotes.canonicalized', { ...facts, count: facts.spans, changes: changeWords(t, facts) });
    case 'storeNotice': {
      // Store notice codes are kebab-case words; anything else is not looked up at all.
      if (!/^[a-z]+(-[a-z]+)*$/.test(facts.notice)) return note.message;
      const key = `notices.codes.${facts.notice === 'quarantined' && facts.movedTo === undefined ? 'quarantinedInPlace' : facts.notice}`;
      // A code the catalogs lack comes back as the key; a prototype name (`constructor`) as no string at all.
      const text: unknown = t(key, { file: facts.file, movedTo: facts.movedTo ?? '', fields: '' });
      return typeof text === 'string' && text !== key ? text : note.message;
    }
    default:
      return t(`datasetNotes.${facts.code}`, { ...facts });
  }
}
