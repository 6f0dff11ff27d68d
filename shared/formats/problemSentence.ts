import type { ProblemFacts } from './problemFacts';

/** A catalog lookup with values, as i18next's `t` (the window's and main's) provides it. */
export type ProblemTranslate = (key: string, values?: Record<string, unknown>) => string;

/** The words a sentence needs that are themselves catalog entries (a relation's end, a JSON type), or a count for plurals. */
function extraValues(t: ProblemTranslate, facts: ProblemFacts): Record<string, unknown> {
  switch (facts.code) {
    case 'relationEndMissing':
    case 'relationEndOtherAnnotator':
      return { endName: t(`problems.ends.${facts.end}`) };
    case 'wrongType':
      return { expected: t(`problems.types.${facts.expected}`, { defaultValue: facts.expected }) };
    case 'tooShort':
    case 'tooFew':
      return { count: facts.minimum };
    case 'tooLong':
    case 'tooMany':
      return { count: facts.maximum };
    default:
      return {};
  }
}

/**
 * One import problem as a sentence in the catalog's language (`problems.<code>` with the
 * problem's values), e.g. "Die Markierung 146–99999 liegt außerhalb des Textes (0–2618)."; the
 * window and main's dialogs both word problems through here, so they never read as schema jargon.
 */
export function problemSentence(t: ProblemTranslate, facts: ProblemFacts): string {
  const key = facts.code === 'notJson' && facts.line !== undefined ? 'problems.notJsonAt' : `problems.${facts.code}`;
  return t(key, { ...facts, ...extraValues(t, facts) });
}

/** A problem's location as the window shows it: `line N` in the catalog's words (`Zeile 3 [0].label`, `doc.ann Zeile 4`), the rest as the file has it. */
export function problemPath(t: ProblemTranslate, path: string): string {
  return path.replace(/(^|\s)line (\d+)(?=\s|$)/g, (_, before: string, number: string) => `${before}${t('problems.line', { number })}`);
}
