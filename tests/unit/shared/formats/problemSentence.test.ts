import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROBLEM_CODES, ProblemFactsSchema, type ProblemFacts } from '@shared/formats/problemFacts';
import { problemPath, problemSentence, type ProblemTranslate } from '@shared/formats/problemSentence';
import { excerpt } from '@shared/formats/quoted';
import { MAIN_CATALOGS, type Language } from '@shared/i18n/mainCatalogs';

/** A translator over the shared catalogs, as main and the window build theirs. */
function translator(language: Language): ProblemTranslate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: MAIN_CATALOGS[language] } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return (key, values) => instance.t(key, values ?? {});
}

/** Example values for a problem's fields: a string, a number, an enum's first value. */
function sampleValue(schema: z.ZodType): unknown {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodNumber) return 7;
  if (inner instanceof z.ZodEnum) return inner.options[0];
  return 'Wert';
}

/** One problem of every code, with example values (the schema says which fields each has). */
const SAMPLES: ProblemFacts[] = ProblemFactsSchema.options.map((option) =>
  ProblemFactsSchema.parse(Object.fromEntries(Object.entries(option.shape).map(([key, field]) => [key, key === 'code' ? option.shape.code.value : sampleValue(field as z.ZodType)]))),
);

describe('problemSentence', () => {
  it.each(['en', 'de'] as const)('words every problem code as a whole sentence in %s', (language) => {
    const t = translator(language);
    expect(SAMPLES.map((s) => s.code)).toEqual(PROBLEM_CODES);
    for (const facts of SAMPLES) {
      const sentence = problemSentence(t, facts);
      expect(sentence, facts.code).not.toMatch(/problems\.|\{\{|\}\}/);
      expect(sentence, facts.code).toMatch(/[.)]$/);
    }
  });

  it('says a span outside the text as the issue asks, in both languages', () => {
    const facts: ProblemFacts = { code: 'spanOutOfText', start: 146, end: 99999, length: 2618 };
    expect(problemSentence(translator('de'), facts)).toBe('Die Markierung 146–99999 liegt außerhalb des Textes (0–2618).');
    expect(problemSentence(translator('en'), facts)).toBe('The tag 146–99999 lies outside the text (0–2618).');
  });

  it.each([
    ['an emoji', 'Kim 😀', 'Kim 😀'],
    ['an NFD umlaut', 'Mu\u0308ller', 'Mu\u0308ller'],
    ['a control character', 'a\u202Eb', 'a\\u202eb'],
    ['a catalog reference', '$t(problems.required)', '$t(problems.required)'],
    ['a placeholder', '{{count}}', '{{count}}'],
  ])('quotes %s from the file literally, never as catalog syntax', (_case, value, shown) => {
    const facts: ProblemFacts = { code: 'quoteMismatch', start: 3, end: 9, found: excerpt(value), quote: excerpt('Kim') };
    expect(problemSentence(translator('de'), facts)).toBe(`Die Markierung 3–9 lautet im Text „${shown}“, die Datei zitiert aber „Kim“.`);
  });

  it('cuts a huge value to 80 characters', () => {
    const sentence = problemSentence(translator('en'), { code: 'unknownLabel', label: excerpt('😀'.repeat(5_000)) });
    expect(sentence).toBe(`The label “${'😀'.repeat(80)}…” is not in the file’s list of labels.`);
  });

  it('uses the right plural and the names of types and relation ends', () => {
    const de = translator('de');
    expect(problemSentence(de, { code: 'notOneOf', values: '"codepoint"', count: 1 })).toBe('Dieser Wert muss "codepoint" sein.');
    expect(problemSentence(de, { code: 'notOneOf', values: '1, 2', count: 2 })).toBe('Dieser Wert muss einer dieser Werte sein: 1, 2.');
    expect(problemSentence(de, { code: 'wrongType', expected: 'number' })).toBe('Dieser Wert muss eine Zahl sein.');
    expect(problemSentence(de, { code: 'relationEndMissing', end: 'to', id: 'a7' })).toBe('Das Ziel der Beziehung, „a7“, ist keine Markierung dieses Dokuments.');
    expect(problemSentence(translator('en'), { code: 'tooFew', minimum: 1 })).toBe('This list must hold at least 1 entry.');
  });

  it('says a JSON syntax error with its line and column when the engine gave them', () => {
    expect(problemSentence(translator('de'), { code: 'notJson', line: 3, column: 14 })).toBe('Die Datei ist kein gültiges JSON (Zeile 3, Spalte 14).');
    expect(problemSentence(translator('de'), { code: 'notJson' })).toBe('Die Datei ist kein gültiges JSON.');
  });
});

describe('problemPath', () => {
  it('words line numbers and leaves the JSON path as the file has it', () => {
    expect(problemPath(translator('de'), 'line 3 [0].label')).toBe('Zeile 3 [0].label');
    expect(problemPath(translator('de'), 'documents[0].annotations[2].end')).toBe('documents[0].annotations[2].end');
    expect(problemPath(translator('de'), 'doc.ann line 4')).toBe('doc.ann Zeile 4');
    expect(problemPath(translator('en'), 'cp.tsv line 6')).toBe('cp.tsv line 6');
  });
});
