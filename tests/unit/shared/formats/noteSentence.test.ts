import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOTE_CODES, NoteFactsSchema, type NoteFacts } from '@shared/formats/noteFacts';
import { noteSentence } from '@shared/formats/noteSentence';
import type { ProblemTranslate } from '@shared/formats/problemSentence';

const LOCALES = path.resolve(import.meta.dirname, '../../../../renderer/i18n/locales');

/** A translator over the window's note and notice catalogs. */
function translator(language: 'en' | 'de'): ProblemTranslate {
  const read = (file: string) => JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8')) as Record<string, unknown>;
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: { ...read('datasetNotes.json'), ...read('core.json') } } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return (key, values) => instance.t(key, values ?? {});
}

/** One note of every code: strings an emoji and an NFD umlaut, counts 2, flags set; a store notice of a known code. */
const SAMPLES: NoteFacts[] = NoteFactsSchema.options.map((option) =>
  NoteFactsSchema.parse(
    Object.fromEntries(
      Object.entries(option.shape).map(([key, field]) => {
        const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
        if (key === 'code') return [key, option.shape.code.value];
        if (key === 'notice') return [key, 'future-version'];
        if (inner instanceof z.ZodNumber) return [key, 2];
        if (inner instanceof z.ZodBoolean) return [key, true];
        return [key, 'Mu\u0308ller 😀'];
      }),
    ),
  ),
);

describe('noteSentence', () => {
  it.each(['en', 'de'] as const)('words every note code as a whole sentence in %s, never main’s English line', (language) => {
    const t = translator(language);
    expect(SAMPLES.map((s) => s.code)).toEqual(NOTE_CODES);
    for (const facts of SAMPLES) {
      const sentence = noteSentence(t, { message: 'ENGLISH LINE', facts });
      expect(sentence, facts.code).not.toMatch(/datasetNotes\.|notices\.|\{\{|ENGLISH LINE/);
      expect(sentence, facts.code).toMatch(/[.!)]$/);
    }
  });

  it.each([
    [
      'a canonicalized text with an emoji title, NFD umlaut, CR line ends and a BOM',
      { code: 'canonicalized', title: 'Mu\u0308ller 😀', from: 'sha256:aa', to: 'sha256:bb', spans: 1, lineEnds: 2, nfc: true, bom: true },
      '„Mu\u0308ller 😀“: Der Text wurde vereinheitlicht (2 CR-Zeilenenden → LF, NFC, Byte-Order-Mark entfernt), das Dokument ist daher sha256:bb (laut Datei sha256:aa); 1 Markierung wurde darauf übertragen.',
    ],
    ['a counted format note in the plural', { code: 'conllExpanded', count: 3 }, 'CoNLL: 3 Markierungen, die nicht auf Token-Grenzen liegen, wurden auf ganze Tokens erweitert.'],
    ['a quarantine that could not move the file', { code: 'storeNotice', notice: 'quarantined', file: 'a/b.json' }, 'Die Markierungsdatei a/b.json war nicht lesbar; sie wurde unverändert gelassen.'],
  ])('in German: %s', (_case, facts, expected) => {
    expect(noteSentence(translator('de'), { message: 'x', facts: NoteFactsSchema.parse(facts) })).toBe(expected);
  });

  it('keeps main’s line for a note without facts and for a store notice the catalogs do not know', () => {
    const t = translator('de');
    expect(noteSentence(t, { message: 'note: something new' })).toBe('note: something new');
    for (const notice of ['no-such-notice', 'constructor', '__proto__', 'toString']) {
      expect(noteSentence(t, { message: 'note: unknown notice', facts: { code: 'storeNotice', notice, file: '' } })).toBe('note: unknown notice');
    }
  });
});
