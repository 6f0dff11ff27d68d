import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FAILURE_CODES, FailureFactsSchema, type FailureFacts } from '@shared/ipc/failureFacts';
import { causeSentence, failureSentence } from '@shared/ipc/failureSentence';
import type { ProblemTranslate } from '@shared/formats/problemSentence';

const LOCALES = path.resolve(import.meta.dirname, '../../../../renderer/i18n/locales');
const IPC_CODES = ['forbidden', 'bad-request', 'unknown-method', 'not-found', 'failed', 'conflict', 'read-only', 'unexpected'] as const;

/** A translator over the window's failure catalog, as the window builds its own. */
function translator(language: 'en' | 'de'): ProblemTranslate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: JSON.parse(readFileSync(path.join(LOCALES, language, 'failures.json'), 'utf8')) as Record<string, unknown> } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return (key, values) => instance.t(key, values ?? {});
}

/** Every failure with every value its enum allows (each `why`), strings as an emoji and NFD umlaut. */
const SAMPLES: FailureFacts[] = FailureFactsSchema.options.flatMap((option) => {
  const whys = 'why' in option.shape ? (option.shape.why as z.ZodEnum).options : [undefined];
  return whys.map((why) =>
    FailureFactsSchema.parse({
      ...Object.fromEntries(Object.entries(option.shape).map(([key, field]) => [key, field instanceof z.ZodString ? 'Mu\u0308ller 😀.txt' : undefined])),
      code: option.shape.code.value,
      ...(why !== undefined && { why }),
    }),
  );
});

describe('failureSentence', () => {
  it.each(['en', 'de'] as const)('words every failure code (and each why) as a whole sentence in %s, its values in it', (language) => {
    const t = translator(language);
    expect(new Set(SAMPLES.map((s) => s.code))).toEqual(new Set(FAILURE_CODES));
    for (const facts of SAMPLES) {
      const sentence = failureSentence(t, facts);
      expect(sentence, facts.code).not.toMatch(/failures\.|\{\{|\}\}/);
      expect(sentence, facts.code).toMatch(/[.!]$/);
      for (const value of Object.values(facts)) if (value === 'Mu\u0308ller 😀.txt') expect(sentence).toContain(value);
    }
  });

  it('says each failure differently in German and English', () => {
    const [en, de] = [translator('en'), translator('de')];
    for (const facts of SAMPLES) expect(failureSentence(de, facts), facts.code).not.toBe(failureSentence(en, facts));
  });

  it.each([
    ['a file name with an emoji and an NFD umlaut', { code: 'writeFailed', file: 'Mu\u0308ller 😀.json', why: 'diskFull' }, '„Mu\u0308ller 😀.json“ konnte nicht geschrieben werden: Der Datenträger ist voll.'],
    ['a title that looks like a catalog reference stays as written', { code: 'noOriginal', title: '$t(failures.busy) {{count}}' }, '„$t(failures.busy) {{count}}“ wurde nicht aus einer Datei geöffnet, die Tagwerk aufbewahrt, und kann daher nicht neu gelesen werden.'],
    ['a store error by its code', { code: 'store', why: 'IO' }, 'Der Datenträger hat das Lesen oder Schreiben verweigert (voll oder keine Berechtigung).'],
  ])('%s', (_case, facts, expected) => {
    expect(failureSentence(translator('de'), FailureFactsSchema.parse(facts))).toBe(expected);
  });
});

describe('causeSentence', () => {
  it.each(['en', 'de'] as const)('words every IPC error code without facts (and the window’s own errors) in %s', (language) => {
    const t = translator(language);
    for (const code of IPC_CODES) expect(causeSentence(t, { code }), code).not.toMatch(/failures\.|\{\{/);
  });

  it('uses the facts when they are valid, the error code when they are missing or malformed, and never main’s English detail', () => {
    const t = translator('de');
    expect(causeSentence(t, { code: 'failed', facts: { code: 'busy' }, detail: 'Another export or import is still running' })).toBe('Ein anderer Export oder Import läuft noch. Bitte warten Sie, bis er fertig ist.');
    const fallback = 'Tagwerk konnte dies nicht abschließen. Versuchen Sie es erneut; wenn es weiter fehlschlägt, starten Sie Tagwerk neu.';
    expect(causeSentence(t, { code: 'failed', facts: { code: 'writeFailed', file: 'x', why: 'nope' }, detail: 'EIO' })).toBe(fallback);
    expect(causeSentence(t, { code: 'failed', facts: { code: 'constructor' } })).toBe(fallback);
    expect(causeSentence(t, { code: 'failed', detail: 'ENOSPC: no space left' })).toBe(fallback);
  });
});
