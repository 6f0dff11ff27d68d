import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '@shared/assist/suggestQuotes';
import { spanTexts } from './spanTexts';

function quotes(text: string): string[] {
  return spanTexts(text, suggestQuotes(text));
}

describe('suggestQuotes', () => {
  it.each([
    ['German „…“ across a sentence end', '„Wir schaffen das. Ganz sicher“, sagte sie.', ['„Wir schaffen das. Ganz sicher“']],
    ['German „…” (typeset)', '„Wir schaffen das sicher”, sagte sie.', ['„Wir schaffen das sicher”']],
    ['single German ‚…‘', 'Sie sagte: ‚Das bleibt so, versprochen.‘', ['‚Das bleibt so, versprochen.‘']],
    ['»…« after a colon', 'Er sagte: »Das ist falsch.« Dann ging er.', ['»Das ist falsch.«']],
    ['Swiss «…», one word with a cue', '«Nein», sagte er.', ['«Nein»']],
    ['straight "…"', '"Wir sind bereit", so der Trainer.', ['"Wir sind bereit"']],
    ['English “…”', '“We are ready to talk”, he said.', ['“We are ready to talk”']],
    ['nested quotation stays inside', '„Er rief ‚Hilfe‘ und lief weg“, sagte sie.', ['„Er rief ‚Hilfe‘ und lief weg“']],
    ['a quoted title is not a quote', 'Die Sendung „Tagesschau“ lief.', []],
    ['a scare quote is not a quote', 'Merz sprach von einem "wichtigen Signal".', []],
    ['not across a paragraph', '„Ohne Ende\nund weiter“', []],
    ['an apostrophe closes nothing', 'Das geht’s nicht, sagte er.', []],
    ['NFD and emoji inside', '„U\u0308berall 😀 große Freude“, sagte er.', ['„U\u0308berall 😀 große Freude“']],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
